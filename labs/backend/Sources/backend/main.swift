import Backend
import Foundation

// Everything lives in the Backend library so tests can build the same application.
exit(await BackendCommand(environment: ProcessInfo.processInfo.environment).run())
