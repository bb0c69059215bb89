#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One way a directive may be written: the contexts it is allowed in and how many
/// arguments it takes (nginx's `ngx_command_t.type` bit mask, as crossplane keeps it).
struct NginxDirectiveForm: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    // Argument counts and shapes.
    static let noArgs = NginxDirectiveForm(rawValue: 1 << 0)
    static let take1 = NginxDirectiveForm(rawValue: 1 << 1)
    static let take2 = NginxDirectiveForm(rawValue: 1 << 2)
    static let take3 = NginxDirectiveForm(rawValue: 1 << 3)
    static let take4 = NginxDirectiveForm(rawValue: 1 << 4)
    static let take5 = NginxDirectiveForm(rawValue: 1 << 5)
    static let take6 = NginxDirectiveForm(rawValue: 1 << 6)
    static let take7 = NginxDirectiveForm(rawValue: 1 << 7)
    /// Followed by a `{ }` block instead of `;`.
    static let block = NginxDirectiveForm(rawValue: 1 << 8)
    /// One argument, `on` or `off`.
    static let flag = NginxDirectiveForm(rawValue: 1 << 9)
    static let any = NginxDirectiveForm(rawValue: 1 << 10)
    static let oneOrMore = NginxDirectiveForm(rawValue: 1 << 11)
    static let twoOrMore = NginxDirectiveForm(rawValue: 1 << 12)

    // Contexts.
    static let main = NginxDirectiveForm(rawValue: 1 << 18)
    static let events = NginxDirectiveForm(rawValue: 1 << 19)
    static let mail = NginxDirectiveForm(rawValue: 1 << 20)
    static let mailServer = NginxDirectiveForm(rawValue: 1 << 21)
    static let stream = NginxDirectiveForm(rawValue: 1 << 22)
    static let streamServer = NginxDirectiveForm(rawValue: 1 << 23)
    static let streamUpstream = NginxDirectiveForm(rawValue: 1 << 24)
    static let http = NginxDirectiveForm(rawValue: 1 << 25)
    static let server = NginxDirectiveForm(rawValue: 1 << 26)
    static let location = NginxDirectiveForm(rawValue: 1 << 27)
    static let upstream = NginxDirectiveForm(rawValue: 1 << 28)
    static let serverIf = NginxDirectiveForm(rawValue: 1 << 29)
    static let locationIf = NginxDirectiveForm(rawValue: 1 << 30)
    static let limitExcept = NginxDirectiveForm(rawValue: 1 << 31)
    /// Every context but the `if` and `limit_except` ones (nginx's `NGX_ANY_CONF`).
    static let anyContext: NginxDirectiveForm = [
        .main, .events, .mail, .mailServer, .stream, .streamServer, .streamUpstream,
        .http, .server, .location, .upstream,
    ]

    /// The bit standing for `context`.
    init(_ context: NginxContext) {
        switch context {
        case .main: self = .main
        case .events: self = .events
        case .mail: self = .mail
        case .mailServer: self = .mailServer
        case .stream: self = .stream
        case .streamServer: self = .streamServer
        case .streamUpstream: self = .streamUpstream
        case .http: self = .http
        case .server: self = .server
        case .location: self = .location
        case .upstream: self = .upstream
        case .serverIf: self = .serverIf
        case .locationIf: self = .locationIf
        case .limitExcept: self = .limitExcept
        }
    }

    /// The bit a word of `NginxDirectiveTable.text` stands for.
    init?(word: UnsafeBufferPointer<UInt8>) {
        guard let first = word.first, let last = word.last else { return nil }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "7")
        if word.count == 1, digits.contains(first) {
            self.init(rawValue: 1 << UInt32(first - UInt8(ascii: "0")))
            return
        }
        // Length, first and last letter tell every word of the table apart without
        // building a string; the full word is then compared to be sure.
        let candidate: (word: StaticString, form: NginxDirectiveForm)? = switch (word.count, Unicode.Scalar(first), Unicode.Scalar(last)) {
        case (5, "b", "k"): ("block", .block)
        case (4, "f", "g"): ("flag", .flag)
        case (3, "a", "y"): ("any", .any)
        case (2, "1", "+"): ("1+", .oneOrMore)
        case (2, "2", "+"): ("2+", .twoOrMore)
        case (4, "m", "n"): ("main", .main)
        case (6, "e", "s"): ("events", .events)
        case (4, "m", "l"): ("mail", .mail)
        case (10, "m", "r"): ("mailServer", .mailServer)
        case (6, "s", "m"): ("stream", .stream)
        case (12, "s", "r"): ("streamServer", .streamServer)
        case (14, "s", "m"): ("streamUpstream", .streamUpstream)
        case (4, "h", "p"): ("http", .http)
        case (6, "s", "r"): ("server", .server)
        case (8, "l", "n"): ("location", .location)
        case (8, "u", "m"): ("upstream", .upstream)
        case (8, "s", "f"): ("serverIf", .serverIf)
        case (10, "l", "f"): ("locationIf", .locationIf)
        case (11, "l", "t"): ("limitExcept", .limitExcept)
        case (10, "a", "t"): ("anyContext", .anyContext)
        default: nil
        }
        guard let candidate, candidate.word.utf8CodeUnitCount == word.count,
              let base = word.baseAddress, memcmp(candidate.word.utf8Start, base, word.count) == 0 else { return nil }
        self = candidate.form
    }

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The contexts this form allows, in the order nginx's documentation lists them.
    var contexts: [NginxContext] {
        NginxContext.allCases.filter { contains(NginxDirectiveForm($0)) }
    }

    /// Whether these arguments fit this form (crossplane's test, in its order).
    func accepts(_ arguments: [String]) -> Bool {
        let count = arguments.count
        return (count <= 7 && rawValue >> UInt32(count) & 1 == 1)
            || (contains(.flag) && count == 1 && NginxDirectiveForm.isFlagValue(arguments[0]))
            || contains(.any)
            || (contains(.oneOrMore) && count >= 1)
            || (contains(.twoOrMore) && count >= 2)
    }

    /// `on` or `off`, in any case.
    static func isFlagValue(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return lowered == "on" || lowered == "off"
    }
}
