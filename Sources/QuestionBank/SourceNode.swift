import Yams

/// A YAML node as the question files use it: text with the style it was written in, lists
/// and mappings (in file order), and where it starts, for `file:line:col` diagnostics.
/// `QuestionYAMLReader` reads it straight from bytes; Yams's tree converts to it for
/// files that reader leaves to Yams.
struct SourceNode: Sendable {
    /// Lines from 1, columns in Unicode scalars from 1, as libyaml counts them.
    struct Mark: Sendable, Equatable {
        let line: Int
        let column: Int
    }

    struct Scalar: Sendable, Equatable {
        enum Style: Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        let string: String
        let style: Style
    }

    enum Content: Sendable {
        case scalar(Scalar)
        case sequence([SourceNode])
        case mapping([(key: SourceNode, value: SourceNode)])
    }

    let content: Content
    let mark: Mark

    var scalar: Scalar? {
        if case .scalar(let scalar) = content { scalar } else { nil }
    }

    var sequence: [SourceNode]? {
        if case .sequence(let nodes) = content { nodes } else { nil }
    }

    var mapping: [(key: SourceNode, value: SourceNode)]? {
        if case .mapping(let pairs) = content { pairs } else { nil }
    }
}

extension SourceNode {
    /// Yams's tree, whose aliases the composer has already expanded.
    init(_ node: Node) {
        let mark = Mark(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let styles: [Node.Scalar.Style: Scalar.Style] = [
                .singleQuoted: .singleQuoted, .doubleQuoted: .doubleQuoted, .literal: .literal, .folded: .folded,
            ]
            self.init(content: .scalar(Scalar(string: scalar.string, style: styles[scalar.style] ?? .plain)), mark: mark)
        case .sequence(let sequence):
            self.init(content: .sequence(sequence.map(SourceNode.init)), mark: mark)
        case .mapping(let mapping):
            self.init(content: .mapping(mapping.map { (SourceNode($0.key), SourceNode($0.value)) }), mark: mark)
        case .alias:
            self.init(content: .scalar(Scalar(string: "", style: .plain)), mark: mark)
        }
    }
}
