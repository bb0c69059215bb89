extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsToSecondPart`, by binary search; the
    /// collection must be partitioned (all non-matching elements first). Positions are looked
    /// up this way so a file with thousands of continuation lines stays linear to read.
    func partitioningIndex(where belongsToSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsToSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
