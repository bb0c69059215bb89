import BerthFormats
import FuzzInput

/// libFuzzer entry point: guess the context of the bytes as an nginx config, then parse
/// them as a main config (keeping comments) and as a conf.d snippet, rendering both as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzInput.source(data, size, path: "nginx.conf")
    let guessed = NginxContext.guess(for: source)
    FuzzInput.render(guessed.rawValue)
    for (context, comments) in [(NginxContext.main, true), (.http, false)] {
        let config = NginxConfig.parse(source, context: context, comments: comments)
        FuzzInput.render(config.json())
        FuzzInput.render(config.errors)
    }
    return 0
}

/// The entry point SwiftPM links as `main`: starts libFuzzer on `fuzz`.
@_cdecl("FuzzNginx_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzInput.run(argc, argv, test: fuzz)
}
