/// The page a passing screen (help, links) opened over, and how far it was scrolled, to
/// go back to it as it was.
struct PageBeneath: Sendable, Hashable {
    private(set) var page: AppModel.Page
    let scroll: Int

    func reopen(in app: inout AppModel) {
        app.show(page)
        app.scroll = scroll
    }

    /// Time runs on beneath: an exam's clock does not stop for the help, and at zero the
    /// exam still submits itself (its results then replace the passing screen).
    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        var screen = page.screen
        let before = app.pageChanges
        let effects = screen.tick(seconds: seconds, app: &app)
        if app.pageChanges == before { page = screen.page }
        return effects
    }
}

extension AppModel {
    /// What is on screen now, to come back to.
    var here: PageBeneath { PageBeneath(page: page, scroll: scroll) }

    /// Back to the page that opened this one, or to the menu when none did.
    mutating func goBack(to beneath: PageBeneath?) {
        if let beneath { beneath.reopen(in: &self) } else { show(.menu(cursor: 0)) }
    }
}
