import BoardwalkCore

/// A small store with every kind of thing a filter can test: two plans (one on the
/// built-in RAG scale, one on a scale of its own with two done levels), areas under a
/// parent, links, shared and unique owners, every kind of due date, unrated actions.
enum FixedStore {
  /// The day filters are evaluated on.
  static let today = CalendarDate(year: 2026, month: 11, day: 22)!

  static let store: PlanStore = {
    var builder = PlanStore.Builder()
    for (name, text) in [("harbour.json", harbour), ("moorland.json", moorland)] {
      let bytes = Array(text.utf8)
      let outcome = bytes.withUnsafeBufferPointer { PlanFileReader.decode($0, file: name) }
      guard let loaded = outcome.plan else {
        propertyFailure("the fixed store's plans load", "\(outcome.diagnostics)")
      }
      builder.add(loaded.plan, actions: loaded.actions)
    }
    return builder.build()
  }()

  private static let harbour = """
    {"format": "boardwalk-plan/1",
     "plan": {"id": "harbour", "title": "Harbour PAP", "scale": "rag"},
     "areas": [
       {"id": "H1", "kind": "priority", "title": "Timeliness"},
       {"id": "H1a", "kind": "objective", "title": "Assessments", "parent": "H1"},
       {"id": "HI1", "kind": "improvement", "title": "Joint commissioning"}],
     "actions": [
       {"id": "H1.1", "area": "H1a", "links": ["HI1"], "title": "Clear the backlog",
        "owners": ["Head of SEND", "Principal Educational Psychologist"],
        "due": "2026-09-30", "status": "red", "outcomes": "Local offer published"},
       {"id": "H1.2", "area": "H1", "title": "Review transport", "owners": ["Transport Manager"],
        "start": "2026-01", "due": "2027-03", "status": "amber"},
       {"id": "PAP5A:1", "area": "HI1", "title": "Commissioning strategy",
        "owners": ["ICB Director of Commissioning"], "due": "tbc"},
       {"id": "H2.1", "area": "H1", "title": "Supported internships", "owners": ["Head of SEND"],
        "due": "2026-06-30", "status": "complete", "confidential": true},
       {"id": "H2.2", "area": "H1", "title": "Ongoing review", "owners": ["LAP"], "due": "ongoing",
        "status": "green",
        "updates": [{"date": "2026-09-10", "status": "red", "text": "Concerns raised"}]}]}
    """

  private static let moorland = """
    {"format": "boardwalk-plan/1",
     "plan": {"id": "moorland", "title": "Moorland strategy", "scale": "progress"},
     "scales": {"progress": [
       {"key": "not-due", "label": "Not due yet", "rag": "grey"},
       {"key": "off-track", "label": "Off track", "rag": "red"},
       {"key": "on-track", "label": "On track", "rag": "green"},
       {"key": "complete", "label": "Complete", "rag": "blue", "done": true},
       {"key": "embedded", "label": "Embedded", "rag": "blue", "done": true}]},
     "areas": [{"id": "O1", "title": "Inclusion"}, {"id": "H1", "title": "Same id, other plan"}],
     "actions": [
       {"id": "AP-1", "area": "O1", "title": "Alternative provision", "owners": ["Head of Inclusion"],
        "due": "2026-11-30", "status": "off-track"},
       {"id": "CF-1", "area": "H1", "title": "Contact the family hub", "owners": ["head of send"],
        "due": "2026-12", "status": "embedded"},
       {"id": "IN-1", "area": "O1", "title": "Inclusion charter", "due": "2026-11-01"},
       {"id": "IN-2", "area": "O1", "title": "Not due", "owners": ["Head of Inclusion"],
        "status": "not-due"}]}
    """
}
