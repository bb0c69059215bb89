import BerthFormats
import FuzzInput

/// libFuzzer entry point: parse the bytes as a Dockerfile and render the model as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzInput.source(data, size, path: "Dockerfile")
    let dockerfile = Dockerfile.parse(source)
    FuzzInput.render(dockerfile.json())
    FuzzInput.render(dockerfile.errors)
    return 0
}

/// The entry point SwiftPM links as `main`: starts libFuzzer on `fuzz`.
@_cdecl("FuzzDockerfile_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzInput.run(argc, argv, test: fuzz)
}
