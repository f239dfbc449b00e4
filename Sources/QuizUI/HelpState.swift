/// The help screen's place: where the screen under it was scrolled, to go back there.
public struct HelpState: Sendable, Hashable {
    let returnScroll: Int
}
