import BerthFormats
import CLibFuzzer

/// One fuzzer input as the parsers would meet it.
///
/// Reading a file goes through `SourceText(path:bytes:)`, which refuses oversized input,
/// invalid UTF-8 and NUL bytes. That decoder is fuzzed first; when it refuses, the same bytes
/// are decoded leniently (invalid sequences become U+FFFD, NULs stay) and still handed to the
/// parser, because `SourceText(path:text:)` is public and a refusal must not hide parser bugs.
public enum FuzzInput {
    /// A libFuzzer test callback: one input's bytes and length; returns 0.
    public typealias Test = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

    /// Hands the process to libFuzzer, which runs `test` on every input.
    ///
    /// SwiftPM links each executable with its entry point renamed to `<Module>_main`, so
    /// libFuzzer's own `main` is never used; each fuzzer exports that symbol and calls this.
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                           test: Test) -> CInt {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = argv
        return LLVMFuzzerRunDriver(&count, &arguments, test)
    }

    /// The text to parse for these bytes: strictly decoded when the decoder accepts them.
    public static func source(_ data: UnsafePointer<UInt8>, _ size: Int, path: String) -> SourceText {
        let bytes = UnsafeBufferPointer(start: data, count: size)
        do {
            return try SourceText(path: path, bytes: bytes)
        } catch {
            // The refusal is what a user sees: render it so its formatting is fuzzed too.
            render(error.description)
            return SourceText(path: path, text: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Serializes a model's JSON, the output `berth … --format json` prints.
    public static func render(_ json: JSONValue) {
        render(json.serialized(pretty: true))
    }

    /// Renders each problem as `file:line:column: error: message`, as lint prints them.
    public static func render(_ errors: [ParseError]) {
        for error in errors { render(error.description) }
    }

    /// Keeps rendered text alive so the optimizer cannot drop the work that produced it.
    public static func render(_ text: String) {
        withExtendedLifetime(text) {}
    }
}
