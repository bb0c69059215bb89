import BerthFormats
import FuzzInput

/// libFuzzer entry point: parse the bytes as a compose file and render the model as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzInput.source(data, size, path: "compose.yaml")
    // A few set variables, so `${VAR}`, `${VAR:-x}` and `${VAR:?}` take both branches,
    // and COMPOSE_PROFILES so profile filtering runs.
    let environment = ["TAG": "1.0", "EMPTY": "", "PORT": "8080", "COMPOSE_PROFILES": "debug,web"]
    let compose = ComposeFile.parse(source, environment: environment)
    FuzzInput.render(compose.json())
    FuzzInput.render(compose.errors)
    return 0
}

/// The entry point SwiftPM links as `main`: starts libFuzzer on `fuzz`.
@_cdecl("FuzzCompose_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzInput.run(argc, argv, test: fuzz)
}
