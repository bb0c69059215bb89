import BerthFormats

extension ManifestFields {
    /// A required list of text values with at least one item (a single value counts as a
    /// list of one); nil, with the problem recorded, when it is missing or empty.
    mutating func listOfAtLeastOne(_ key: String, _ what: String) -> [String]? {
        guard let node = value(key) else {
            _ = string(key, what)
            return nil
        }
        let items = strings(key)
        if node.items?.isEmpty == true { invalid(node, "`\(key):` of \(subject) needs at least one item (\(what))") }
        return items.isEmpty ? nil : items
    }
}
