/// Every directive nginx (open source and NGINX Plus) knows, with the ways it may be
/// written. Data only: the contexts and argument counts come from nginx's own
/// `ngx_command_t` tables, as collected in crossplane's `analyzer.py`, so berth accepts
/// and refuses exactly what crossplane does. Directives missing here (third-party
/// modules) are not checked at all, as in crossplane.
enum NginxDirectiveTable {
    /// The table, indexed once per process on first use.
    static let index = NginxDirectiveIndex(text: text)

    /// A form lists the contexts it is allowed in (`anyContext` is every one but the `if`
    /// and `limit_except` blocks), then its arguments: a count `0`…`7`, `1+`, `2+`,
    /// `any`, `flag` (one argument, on or off) and `block` (followed by `{ }`).
    static let text = """
    absolute_redirect                 http server location flag
    accept_mutex                      events flag
    accept_mutex_delay                events 1
    access_log                        http server location locationIf limitExcept 1+ | stream streamServer 1+
    add_after_body                    http server location 1
    add_before_body                   http server location 1
    add_header                        http server location locationIf 2 3
    add_trailer                       http server location locationIf 2 3
    addition_types                    http server location 1+
    aio                               http server location 1
    aio_write                         http server location flag
    alias                             location 1
    allow                             http server location limitExcept 1 | stream streamServer 1
    ancient_browser                   http server location 1+
    ancient_browser_value             http server location 1
    api                               location 0 1
    auth_basic                        http server location limitExcept 1
    auth_basic_user_file              http server location limitExcept 1
    auth_http                         mail mailServer 1
    auth_http_header                  mail mailServer 2
    auth_http_pass_client_cert        mail mailServer flag
    auth_http_timeout                 mail mailServer 1
    auth_jwt                          http server location 1 2
    auth_jwt_claim_set                http 2+
    auth_jwt_header_set               http 2+
    auth_jwt_key_file                 http server location 1
    auth_jwt_key_request              http server location 1
    auth_jwt_leeway                   http server location 1
    auth_request                      http server location 1
    auth_request_set                  http server location 2
    autoindex                         http server location flag
    autoindex_exact_size              http server location flag
    autoindex_format                  http server location 1
    autoindex_localtime               http server location flag
    break                             server location serverIf locationIf 0
    charset                           http server location locationIf 1
    charset_map                       http 2 block
    charset_types                     http server location 1+
    chunked_transfer_encoding         http server location flag
    client_body_buffer_size           http server location 1
    client_body_in_file_only          http server location 1
    client_body_in_single_buffer      http server location flag
    client_body_temp_path             http server location 1 2 3 4
    client_body_timeout               http server location 1
    client_header_buffer_size         http server 1
    client_header_timeout             http server 1
    client_max_body_size              http server location 1
    connection_pool_size              http server 1
    create_full_put_path              http server location flag
    daemon                            main flag
    dav_access                        http server location 1 2 3
    dav_methods                       http server location 1+
    debug_connection                  events 1
    debug_points                      main 1
    default_type                      http server location 1
    deny                              http server location limitExcept 1 | stream streamServer 1
    directio                          http server location 1
    directio_alignment                http server location 1
    disable_symlinks                  http server location 1 2
    empty_gif                         location 0
    env                               main 1
    error_log                         main 1+ | http server location 1+ | mail mailServer 1+ | stream streamServer 1+
    error_page                        http server location locationIf 2+
    etag                              http server location flag
    events                            main 0 block
    expires                           http server location locationIf 1 2
    f4f                               location 0
    f4f_buffer_size                   http server location 1
    fastcgi_bind                      http server location 1 2
    fastcgi_buffer_size               http server location 1
    fastcgi_buffering                 http server location flag
    fastcgi_buffers                   http server location 2
    fastcgi_busy_buffers_size         http server location 1
    fastcgi_cache                     http server location 1
    fastcgi_cache_background_update   http server location flag
    fastcgi_cache_bypass              http server location 1+
    fastcgi_cache_key                 http server location 1
    fastcgi_cache_lock                http server location flag
    fastcgi_cache_lock_age            http server location 1
    fastcgi_cache_lock_timeout        http server location 1
    fastcgi_cache_max_range_offset    http server location 1
    fastcgi_cache_methods             http server location 1+
    fastcgi_cache_min_uses            http server location 1
    fastcgi_cache_path                http 2+
    fastcgi_cache_purge               http server location 1+
    fastcgi_cache_revalidate          http server location flag
    fastcgi_cache_use_stale           http server location 1+
    fastcgi_cache_valid               http server location 1+
    fastcgi_catch_stderr              http server location 1
    fastcgi_connect_timeout           http server location 1
    fastcgi_force_ranges              http server location flag
    fastcgi_hide_header               http server location 1
    fastcgi_ignore_client_abort       http server location flag
    fastcgi_ignore_headers            http server location 1+
    fastcgi_index                     http server location 1
    fastcgi_intercept_errors          http server location flag
    fastcgi_keep_conn                 http server location flag
    fastcgi_limit_rate                http server location 1
    fastcgi_max_temp_file_size        http server location 1
    fastcgi_next_upstream             http server location 1+
    fastcgi_next_upstream_timeout     http server location 1
    fastcgi_next_upstream_tries       http server location 1
    fastcgi_no_cache                  http server location 1+
    fastcgi_param                     http server location 2 3
    fastcgi_pass                      location locationIf 1
    fastcgi_pass_header               http server location 1
    fastcgi_pass_request_body         http server location flag
    fastcgi_pass_request_headers      http server location flag
    fastcgi_read_timeout              http server location 1
    fastcgi_request_buffering         http server location flag
    fastcgi_send_lowat                http server location 1
    fastcgi_send_timeout              http server location 1
    fastcgi_socket_keepalive          http server location flag
    fastcgi_split_path_info           http server location 1
    fastcgi_store                     http server location 1
    fastcgi_store_access              http server location 1 2 3
    fastcgi_temp_file_write_size      http server location 1
    fastcgi_temp_path                 http server location 1 2 3 4
    flv                               location 0
    geo                               http 1 2 block | stream 1 2 block
    geoip_city                        http 1 2 | stream 1 2
    geoip_country                     http 1 2 | stream 1 2
    geoip_org                         http 1 2 | stream 1 2
    geoip_proxy                       http 1
    geoip_proxy_recursive             http flag
    google_perftools_profiles         main 1
    grpc_bind                         http server location 1 2
    grpc_buffer_size                  http server location 1
    grpc_connect_timeout              http server location 1
    grpc_hide_header                  http server location 1
    grpc_ignore_headers               http server location 1+
    grpc_intercept_errors             http server location flag
    grpc_next_upstream                http server location 1+
    grpc_next_upstream_timeout        http server location 1
    grpc_next_upstream_tries          http server location 1
    grpc_pass                         location locationIf 1
    grpc_pass_header                  http server location 1
    grpc_read_timeout                 http server location 1
    grpc_send_timeout                 http server location 1
    grpc_set_header                   http server location 2
    grpc_socket_keepalive             http server location flag
    grpc_ssl_certificate              http server location 1
    grpc_ssl_certificate_key          http server location 1
    grpc_ssl_ciphers                  http server location 1
    grpc_ssl_crl                      http server location 1
    grpc_ssl_name                     http server location 1
    grpc_ssl_password_file            http server location 1
    grpc_ssl_protocols                http server location 1+
    grpc_ssl_server_name              http server location flag
    grpc_ssl_session_reuse            http server location flag
    grpc_ssl_trusted_certificate      http server location 1
    grpc_ssl_verify                   http server location flag
    grpc_ssl_verify_depth             http server location 1
    gunzip                            http server location flag
    gunzip_buffers                    http server location 2
    gzip                              http server location locationIf flag
    gzip_buffers                      http server location 2
    gzip_comp_level                   http server location 1
    gzip_disable                      http server location 1+
    gzip_http_version                 http server location 1
    gzip_min_length                   http server location 1
    gzip_proxied                      http server location 1+
    gzip_static                       http server location 1
    gzip_types                        http server location 1+
    gzip_vary                         http server location flag
    hash                              upstream 1 2 | streamUpstream 1 2
    health_check                      location any | streamServer any
    health_check_timeout              stream streamServer 1
    hls                               location 0
    hls_buffers                       http server location 2
    hls_forward_args                  http server location flag
    hls_fragment                      http server location 1
    hls_mp4_buffer_size               http server location 1
    hls_mp4_max_buffer_size           http server location 1
    http                              main 0 block
    http2_body_preread_size           http server 1
    http2_chunk_size                  http server location 1
    http2_idle_timeout                http server 1
    http2_max_concurrent_pushes       http server 1
    http2_max_concurrent_streams      http server 1
    http2_max_field_size              http server 1
    http2_max_header_size             http server 1
    http2_max_requests                http server 1
    http2_push                        http server location 1
    http2_push_preload                http server location flag
    http2_recv_buffer_size            http 1
    http2_recv_timeout                http server 1
    if                                server location block 1+
    if_modified_since                 http server location 1
    ignore_invalid_headers            http server flag
    image_filter                      location 1 2 3
    image_filter_buffer               http server location 1
    image_filter_interlace            http server location flag
    image_filter_jpeg_quality         http server location 1
    image_filter_sharpen              http server location 1
    image_filter_transparency         http server location flag
    image_filter_webp_quality         http server location 1
    imap_auth                         mail mailServer 1+
    imap_capabilities                 mail mailServer 1+
    imap_client_buffer                mail mailServer 1
    include                           anyContext 1
    index                             http server location 1+
    internal                          location 0
    ip_hash                           upstream 0
    js_access                         stream streamServer 1
    js_content                        location limitExcept 1
    js_filter                         stream streamServer 1
    js_include                        http 1 | stream 1
    js_path                           http 1
    js_preread                        stream streamServer 1
    js_set                            http 2 | stream 2
    keepalive                         upstream 1
    keepalive_disable                 http server location 1 2
    keepalive_requests                http server location 1 | upstream 1
    keepalive_timeout                 http server location 1 2 | upstream 1
    keyval                            http 3 | stream 3
    keyval_zone                       http 1+ | stream 1+
    large_client_header_buffers       http server 2
    least_conn                        upstream 0 | streamUpstream 0
    least_time                        upstream 1 2 | streamUpstream 1 2
    limit_conn                        http server location 2 | stream streamServer 2
    limit_conn_dry_run                http server location 1 | stream streamServer 1
    limit_conn_log_level              http server location 1 | stream streamServer 1
    limit_conn_status                 http server location 1
    limit_conn_zone                   http 2 | stream 2
    limit_except                      location block 1+
    limit_rate                        http server location locationIf 1
    limit_rate_after                  http server location locationIf 1
    limit_req                         http server location 1 2 3
    limit_req_dry_run                 http server location 1
    limit_req_log_level               http server location 1
    limit_req_status                  http server location 1
    limit_req_zone                    http 3 4
    limit_zone                        http 3
    lingering_close                   http server location 1
    lingering_time                    http server location 1
    lingering_timeout                 http server location 1
    listen                            server 1+ | mailServer 1+ | streamServer 1+
    load_module                       main 1
    location                          server location 1 2 block
    lock_file                         main 1
    log_format                        http 2+ | stream 2+
    log_not_found                     http server location flag
    log_subrequest                    http server location flag
    mail                              main 0 block
    map                               http 2 block | stream 2 block
    map_hash_bucket_size              http 1 | stream 1
    map_hash_max_size                 http 1 | stream 1
    master_process                    main flag
    match                             http 1 block | stream 1 block
    max_ranges                        http server location 1
    memcached_bind                    http server location 1 2
    memcached_buffer_size             http server location 1
    memcached_connect_timeout         http server location 1
    memcached_force_ranges            http server location flag
    memcached_gzip_flag               http server location 1
    memcached_next_upstream           http server location 1+
    memcached_next_upstream_timeout   http server location 1
    memcached_next_upstream_tries     http server location 1
    memcached_pass                    location locationIf 1
    memcached_read_timeout            http server location 1
    memcached_send_timeout            http server location 1
    memcached_socket_keepalive        http server location flag
    merge_slashes                     http server flag
    min_delete_depth                  http server location 1
    mirror                            http server location 1
    mirror_request_body               http server location flag
    modern_browser                    http server location 1 2
    modern_browser_value              http server location 1
    mp4                               location 0
    mp4_buffer_size                   http server location 1
    mp4_limit_rate                    http server location 1
    mp4_limit_rate_after              http server location 1
    mp4_max_buffer_size               http server location 1
    msie_padding                      http server location flag
    msie_refresh                      http server location flag
    multi_accept                      events flag
    ntlm                              upstream 0
    open_file_cache                   http server location 1 2
    open_file_cache_errors            http server location flag
    open_file_cache_min_uses          http server location 1
    open_file_cache_valid             http server location 1
    open_log_file_cache               http server location 1 2 3 4 | stream streamServer 1 2 3 4
    output_buffers                    http server location 2
    override_charset                  http server location locationIf flag
    pcre_jit                          main flag
    perl                              location limitExcept 1
    perl_modules                      http 1
    perl_require                      http 1
    perl_set                          http 2
    pid                               main 1
    pop3_auth                         mail mailServer 1+
    pop3_capabilities                 mail mailServer 1+
    port_in_redirect                  http server location flag
    postpone_output                   http server location 1
    preread_buffer_size               stream streamServer 1
    preread_timeout                   stream streamServer 1
    protocol                          mailServer 1
    proxy_bind                        http server location 1 2 | stream streamServer 1 2
    proxy_buffer                      mail mailServer 1
    proxy_buffer_size                 http server location 1 | stream streamServer 1
    proxy_buffering                   http server location flag
    proxy_buffers                     http server location 2
    proxy_busy_buffers_size           http server location 1
    proxy_cache                       http server location 1
    proxy_cache_background_update     http server location flag
    proxy_cache_bypass                http server location 1+
    proxy_cache_convert_head          http server location flag
    proxy_cache_key                   http server location 1
    proxy_cache_lock                  http server location flag
    proxy_cache_lock_age              http server location 1
    proxy_cache_lock_timeout          http server location 1
    proxy_cache_max_range_offset      http server location 1
    proxy_cache_methods               http server location 1+
    proxy_cache_min_uses              http server location 1
    proxy_cache_path                  http 2+
    proxy_cache_purge                 http server location 1+
    proxy_cache_revalidate            http server location flag
    proxy_cache_use_stale             http server location 1+
    proxy_cache_valid                 http server location 1+
    proxy_connect_timeout             http server location 1 | stream streamServer 1
    proxy_cookie_domain               http server location 1 2
    proxy_cookie_path                 http server location 1 2
    proxy_download_rate               stream streamServer 1
    proxy_force_ranges                http server location flag
    proxy_headers_hash_bucket_size    http server location 1
    proxy_headers_hash_max_size       http server location 1
    proxy_hide_header                 http server location 1
    proxy_http_version                http server location 1
    proxy_ignore_client_abort         http server location flag
    proxy_ignore_headers              http server location 1+
    proxy_intercept_errors            http server location flag
    proxy_limit_rate                  http server location 1
    proxy_max_temp_file_size          http server location 1
    proxy_method                      http server location 1
    proxy_next_upstream               http server location 1+ | stream streamServer flag
    proxy_next_upstream_timeout       http server location 1 | stream streamServer 1
    proxy_next_upstream_tries         http server location 1 | stream streamServer 1
    proxy_no_cache                    http server location 1+
    proxy_pass                        location locationIf limitExcept 1 | streamServer 1
    proxy_pass_error_message          mail mailServer flag
    proxy_pass_header                 http server location 1
    proxy_pass_request_body           http server location flag
    proxy_pass_request_headers        http server location flag
    proxy_protocol                    stream streamServer flag
    proxy_protocol_timeout            stream streamServer 1
    proxy_read_timeout                http server location 1
    proxy_redirect                    http server location 1 2
    proxy_request_buffering           http server location flag
    proxy_requests                    stream streamServer 1
    proxy_responses                   stream streamServer 1
    proxy_send_lowat                  http server location 1
    proxy_send_timeout                http server location 1
    proxy_set_body                    http server location 1
    proxy_set_header                  http server location 2
    proxy_socket_keepalive            http server location flag | stream streamServer flag
    proxy_ssl                         stream streamServer flag
    proxy_ssl_certificate             http server location 1 | stream streamServer 1
    proxy_ssl_certificate_key         http server location 1 | stream streamServer 1
    proxy_ssl_ciphers                 http server location 1 | stream streamServer 1
    proxy_ssl_crl                     http server location 1 | stream streamServer 1
    proxy_ssl_name                    http server location 1 | stream streamServer 1
    proxy_ssl_password_file           http server location 1 | stream streamServer 1
    proxy_ssl_protocols               http server location 1+ | stream streamServer 1+
    proxy_ssl_server_name             http server location flag | stream streamServer flag
    proxy_ssl_session_reuse           http server location flag | stream streamServer flag
    proxy_ssl_trusted_certificate     http server location 1 | stream streamServer 1
    proxy_ssl_verify                  http server location flag | stream streamServer flag
    proxy_ssl_verify_depth            http server location 1 | stream streamServer 1
    proxy_store                       http server location 1
    proxy_store_access                http server location 1 2 3
    proxy_temp_file_write_size        http server location 1
    proxy_temp_path                   http server location 1 2 3 4
    proxy_timeout                     mail mailServer 1 | stream streamServer 1
    proxy_upload_rate                 stream streamServer 1
    queue                             upstream 1 2
    random                            upstream 0 1 2 | streamUpstream 0 1 2
    random_index                      location flag
    read_ahead                        http server location 1
    real_ip_header                    http server location 1
    real_ip_recursive                 http server location flag
    recursive_error_pages             http server location flag
    referer_hash_bucket_size          server location 1
    referer_hash_max_size             server location 1
    request_pool_size                 http server 1
    reset_timedout_connection         http server location flag
    resolver                          http server location 1+ | upstream 1+ | mail mailServer 1+ | stream streamServer 1+
    resolver_timeout                  http server location 1 | mail mailServer 1 | stream streamServer 1
    return                            server location serverIf locationIf 1 2 | streamServer 1
    rewrite                           server location serverIf locationIf 2 3
    rewrite_log                       http server location serverIf locationIf flag
    root                              http server location locationIf 1
    satisfy                           http server location 1
    scgi_bind                         http server location 1 2
    scgi_buffer_size                  http server location 1
    scgi_buffering                    http server location flag
    scgi_buffers                      http server location 2
    scgi_busy_buffers_size            http server location 1
    scgi_cache                        http server location 1
    scgi_cache_background_update      http server location flag
    scgi_cache_bypass                 http server location 1+
    scgi_cache_key                    http server location 1
    scgi_cache_lock                   http server location flag
    scgi_cache_lock_age               http server location 1
    scgi_cache_lock_timeout           http server location 1
    scgi_cache_max_range_offset       http server location 1
    scgi_cache_methods                http server location 1+
    scgi_cache_min_uses               http server location 1
    scgi_cache_path                   http 2+
    scgi_cache_purge                  http server location 1+
    scgi_cache_revalidate             http server location flag
    scgi_cache_use_stale              http server location 1+
    scgi_cache_valid                  http server location 1+
    scgi_connect_timeout              http server location 1
    scgi_force_ranges                 http server location flag
    scgi_hide_header                  http server location 1
    scgi_ignore_client_abort          http server location flag
    scgi_ignore_headers               http server location 1+
    scgi_intercept_errors             http server location flag
    scgi_limit_rate                   http server location 1
    scgi_max_temp_file_size           http server location 1
    scgi_next_upstream                http server location 1+
    scgi_next_upstream_timeout        http server location 1
    scgi_next_upstream_tries          http server location 1
    scgi_no_cache                     http server location 1+
    scgi_param                        http server location 2 3
    scgi_pass                         location locationIf 1
    scgi_pass_header                  http server location 1
    scgi_pass_request_body            http server location flag
    scgi_pass_request_headers         http server location flag
    scgi_read_timeout                 http server location 1
    scgi_request_buffering            http server location flag
    scgi_send_timeout                 http server location 1
    scgi_socket_keepalive             http server location flag
    scgi_store                        http server location 1
    scgi_store_access                 http server location 1 2 3
    scgi_temp_file_write_size         http server location 1
    scgi_temp_path                    http server location 1 2 3 4
    secure_link                       http server location 1
    secure_link_md5                   http server location 1
    secure_link_secret                http server location 1
    send_lowat                        http server location 1
    send_timeout                      http server location 1
    sendfile                          http server location locationIf flag
    sendfile_max_chunk                http server location 1
    server                            http 0 block | upstream 1+ | mail 0 block | stream 0 block | streamUpstream 1+
    server_name                       server 1+ | mail mailServer 1
    server_name_in_redirect           http server location flag
    server_names_hash_bucket_size     http 1
    server_names_hash_max_size        http 1
    server_tokens                     http server location 1
    session_log                       http server location 1
    session_log_format                http 2+
    session_log_zone                  http 2 3 4 5 6
    set                               server location serverIf locationIf 2
    set_real_ip_from                  http server location 1 | stream streamServer 1
    slice                             http server location 1
    smtp_auth                         mail mailServer 1+
    smtp_capabilities                 mail mailServer 1+
    smtp_client_buffer                mail mailServer 1
    smtp_greeting_delay               mail mailServer 1
    source_charset                    http server location locationIf 1
    spdy_chunk_size                   http server location 1
    spdy_headers_comp                 http server 1
    split_clients                     http 2 block | stream 2 block
    ssi                               http server location locationIf flag
    ssi_last_modified                 http server location flag
    ssi_min_file_chunk                http server location 1
    ssi_silent_errors                 http server location flag
    ssi_types                         http server location 1+
    ssi_value_length                  http server location 1
    ssl                               http server flag | mail mailServer flag
    ssl_buffer_size                   http server 1
    ssl_certificate                   http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_certificate_key               http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_ciphers                       http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_client_certificate            http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_crl                           http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_dhparam                       http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_early_data                    http server flag
    ssl_ecdh_curve                    http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_engine                        main 1
    ssl_handshake_timeout             stream streamServer 1
    ssl_password_file                 http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_prefer_server_ciphers         http server flag | mail mailServer flag | stream streamServer flag
    ssl_preread                       stream streamServer flag
    ssl_protocols                     http server 1+ | mail mailServer 1+ | stream streamServer 1+
    ssl_session_cache                 http server 1 2 | mail mailServer 1 2 | stream streamServer 1 2
    ssl_session_ticket_key            http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_session_tickets               http server flag | mail mailServer flag | stream streamServer flag
    ssl_session_timeout               http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_stapling                      http server flag
    ssl_stapling_file                 http server 1
    ssl_stapling_responder            http server 1
    ssl_stapling_verify               http server flag
    ssl_trusted_certificate           http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_verify_client                 http server 1 | mail mailServer 1 | stream streamServer 1
    ssl_verify_depth                  http server 1 | mail mailServer 1 | stream streamServer 1
    starttls                          mail mailServer 1
    state                             upstream 1 | streamUpstream 1
    status                            location 0
    status_format                     http server location 1 2
    status_zone                       server 1 | streamServer 1 | location 1 | locationIf 1
    sticky                            upstream 1+
    sticky_cookie_insert              upstream 1 2 3 4
    stream                            main 0 block
    stub_status                       server location 0 1
    sub_filter                        http server location 2
    sub_filter_last_modified          http server location flag
    sub_filter_once                   http server location flag
    sub_filter_types                  http server location 1+
    subrequest_output_buffer_size     http server location 1
    tcp_nodelay                       http server location flag | stream streamServer flag
    tcp_nopush                        http server location flag
    thread_pool                       main 2 3
    timeout                           mail mailServer 1
    timer_resolution                  main 1
    try_files                         server location 2+
    types                             http server location 0 block
    types_hash_bucket_size            http server location 1
    types_hash_max_size               http server location 1
    underscores_in_headers            http server flag
    uninitialized_variable_warn       http server location serverIf locationIf flag
    upstream                          http 1 block | stream 1 block
    upstream_conf                     location 0
    use                               events 1
    user                              main 1 2
    userid                            http server location 1
    userid_domain                     http server location 1
    userid_expires                    http server location 1
    userid_mark                       http server location 1
    userid_name                       http server location 1
    userid_p3p                        http server location 1
    userid_path                       http server location 1
    userid_service                    http server location 1
    uwsgi_bind                        http server location 1 2
    uwsgi_buffer_size                 http server location 1
    uwsgi_buffering                   http server location flag
    uwsgi_buffers                     http server location 2
    uwsgi_busy_buffers_size           http server location 1
    uwsgi_cache                       http server location 1
    uwsgi_cache_background_update     http server location 1
    uwsgi_cache_bypass                http server location 1+
    uwsgi_cache_key                   http server location 1
    uwsgi_cache_lock                  http server location flag
    uwsgi_cache_lock_age              http server location 1
    uwsgi_cache_lock_timeout          http server location 1
    uwsgi_cache_max_range_offset      http server location 1
    uwsgi_cache_methods               http server location 1+
    uwsgi_cache_min_uses              http server location 1
    uwsgi_cache_path                  http 2+
    uwsgi_cache_purge                 http server location 1+
    uwsgi_cache_revalidate            http server location flag
    uwsgi_cache_use_stale             http server location 1+
    uwsgi_cache_valid                 http server location 1+
    uwsgi_connect_timeout             http server location 1
    uwsgi_force_ranges                http server location flag
    uwsgi_hide_header                 http server location 1
    uwsgi_ignore_client_abort         http server location flag
    uwsgi_ignore_headers              http server location 1+
    uwsgi_intercept_errors            http server location flag
    uwsgi_limit_rate                  http server location 1
    uwsgi_max_temp_file_size          http server location 1
    uwsgi_modifier1                   http server location 1
    uwsgi_modifier2                   http server location 1
    uwsgi_next_upstream               http server location 1+
    uwsgi_next_upstream_timeout       http server location 1
    uwsgi_next_upstream_tries         http server location 1
    uwsgi_no_cache                    http server location 1+
    uwsgi_param                       http server location 2 3
    uwsgi_pass                        location locationIf 1
    uwsgi_pass_header                 http server location 1
    uwsgi_pass_request_body           http server location flag
    uwsgi_pass_request_headers        http server location flag
    uwsgi_read_timeout                http server location 1
    uwsgi_request_buffering           http server location flag
    uwsgi_send_timeout                http server location 1
    uwsgi_socket_keepalive            http server location flag
    uwsgi_ssl_certificate             http server location 1
    uwsgi_ssl_certificate_key         http server location 1
    uwsgi_ssl_ciphers                 http server location 1
    uwsgi_ssl_crl                     http server location 1
    uwsgi_ssl_name                    http server location 1
    uwsgi_ssl_password_file           http server location 1
    uwsgi_ssl_protocols               http server location 1+
    uwsgi_ssl_server_name             http server location flag
    uwsgi_ssl_session_reuse           http server location flag
    uwsgi_ssl_trusted_certificate     http server location 1
    uwsgi_ssl_verify                  http server location flag
    uwsgi_ssl_verify_depth            http server location 1
    uwsgi_store                       http server location 1
    uwsgi_store_access                http server location 1 2 3
    uwsgi_temp_file_write_size        http server location 1
    uwsgi_temp_path                   http server location 1 2 3 4
    valid_referers                    server location 1+
    variables_hash_bucket_size        http 1 | stream 1
    variables_hash_max_size           http 1 | stream 1
    worker_aio_requests               events 1
    worker_connections                events 1
    worker_cpu_affinity               main 1+
    worker_priority                   main 1
    worker_processes                  main 1
    worker_rlimit_core                main 1
    worker_rlimit_nofile              main 1
    worker_shutdown_timeout           main 1
    working_directory                 main 1
    xclient                           mail mailServer flag
    xml_entities                      http server location 1
    xslt_last_modified                http server location flag
    xslt_param                        http server location 2
    xslt_string_param                 http server location 2
    xslt_stylesheet                   location 1+
    xslt_types                        http server location 1+
    zone                              upstream 1 2 | streamUpstream 1 2
    zone_sync                         streamServer 0
    zone_sync_buffers                 stream streamServer 2
    zone_sync_connect_retry_interval  stream streamServer 1
    zone_sync_connect_timeout         stream streamServer 1
    zone_sync_interval                stream streamServer 1
    zone_sync_recv_buffer_size        stream streamServer 1
    zone_sync_server                  streamServer 1 2
    zone_sync_ssl                     stream streamServer flag
    zone_sync_ssl_certificate         stream streamServer 1
    zone_sync_ssl_certificate_key     stream streamServer 1
    zone_sync_ssl_ciphers             stream streamServer 1
    zone_sync_ssl_crl                 stream streamServer 1
    zone_sync_ssl_name                stream streamServer 1
    zone_sync_ssl_password_file       stream streamServer 1
    zone_sync_ssl_protocols           stream streamServer 1+
    zone_sync_ssl_server_name         stream streamServer flag
    zone_sync_ssl_trusted_certificate stream streamServer 1
    zone_sync_ssl_verify              stream streamServer flag
    zone_sync_ssl_verify_depth        stream streamServer 1
    zone_sync_timeout                 stream streamServer 1
    """
}
