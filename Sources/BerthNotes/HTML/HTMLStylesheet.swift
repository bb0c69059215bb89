/// The one stylesheet every exported page links: readable line length, light and
/// dark colours from the reader's system setting, code blocks that scroll sideways
/// instead of wrapping or overflowing.
enum HTMLStylesheet {
    static let fileName = "style.css"

    static let css = """
        :root {
          color-scheme: light dark;
          --text: #1f2328; --muted: #59636e; --background: #ffffff;
          --surface: #f6f8fa; --border: #d1d9e0; --link: #0969da;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #9198a1; --background: #0d1117;
            --surface: #161b22; --border: #3d444d; --link: #4493f8;
          }
        }
        body {
          margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 46rem;
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
          color: var(--text); background: var(--background);
        }
        a { color: var(--link); }
        nav, footer { color: var(--muted); font-size: 0.9rem; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
        h1, h2, h3 { line-height: 1.25; }
        h2 { margin-top: 2rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
        code, pre { font: 0.875rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        code { padding: 0.1em 0.3em; border-radius: 4px; background: var(--surface); }
        pre { overflow-x: auto; padding: 0.8rem 1rem; border: 1px solid var(--border);
              border-radius: 6px; background: var(--surface); }
        pre code { padding: 0; background: none; }
        blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--border); }
        table { border-collapse: collapse; }
        th, td { padding: 0.3rem 0.6rem; border: 1px solid var(--border); }
        dt { margin-top: 0.8rem; font-weight: 600; }
        dt code { font-weight: normal; color: var(--muted); }
        dd { margin-left: 0; color: var(--muted); }

        """
}
