/// The page a passing screen (help, links) opened over, and how far it was scrolled, to
/// go back to it as it was.
struct PageBeneath: Sendable, Hashable {
    let page: AppModel.Page
    let scroll: Int

    func reopen(in app: inout AppModel) {
        app.show(page)
        app.scroll = scroll
    }
}

extension AppModel {
    /// What is on screen now, to come back to.
    var here: PageBeneath { PageBeneath(page: page, scroll: scroll) }
}
