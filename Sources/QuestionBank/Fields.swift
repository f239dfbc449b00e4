/// A mapping's fields by name, in file order. Found by a linear search: a mapping holds a
/// handful of known fields, and hashing their names was a tenth of a first start.
struct Fields {
    private var pairs: [(name: String, node: SourceNode)] = []

    subscript(name: String) -> SourceNode? {
        pairs.first { $0.name == name }?.node
    }

    /// Adds a field that is not there yet (`NodeReader.fields` reports one given twice).
    mutating func add(_ name: String, _ node: SourceNode) {
        pairs.append((name, node))
    }
}
