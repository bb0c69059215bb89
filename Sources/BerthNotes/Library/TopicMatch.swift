/// What `berth notes QUERY` resolves to.
public enum TopicMatch: Sendable, Hashable {
    /// One note is clearly meant.
    case found(Note)
    /// Several notes fit equally well; the user should pick one (in listing order).
    case ambiguous([Note])
    /// Nothing fits; the nearest topics, closest first, to suggest instead.
    case notFound(suggestions: [Note])
}
