import BoardwalkCore

/// The leads of a set of plans and their open actions: who owes a return.
public enum LeadActions {
  /// Every owner of an open (not done) action, as the plans first write the name, sorted
  /// as the owner index sorts them, each with their open actions' indexes in file order.
  public static func leads(in store: PlanStore) -> [(lead: String, actions: [Int])] {
    let owners = store.owners
    return owners.nameOrder.compactMap { number in
      let owner = Int(number)
      let open = owners.actions(ofOwner: owner).map(Int.init).filter { !store.isDone(action: $0) }
      return open.isEmpty ? nil : (owners.names[owner], open)
    }
  }

  /// The open actions of `lead` (matched as `owner:` matches in a filter: exactly,
  /// ignoring case), and the name as the plans write it; `nil` when no action names them.
  public static func of(_ lead: String, in store: PlanStore) -> (name: String, actions: [Int])? {
    guard let owner = store.owners.owners(matching: lead, exact: true).first else { return nil }
    let open = store.owners.actions(ofOwner: owner).map(Int.init).filter {
      !store.isDone(action: $0)
    }
    return (store.owners.names[owner], open)
  }

  /// The owner of the action that `lead` names (exactly, ignoring case), as the plan
  /// writes it; `nil` when the lead is not one of its owners.
  public static func owner(_ lead: String, of action: Action) -> String? {
    let folded = SearchFolding.fold(lead)
    return action.owners.first { SearchFolding.fold($0) == folded }
  }

  /// The reference a journal writes for the action at `index`.
  public static func ref(_ index: Int, in store: PlanStore) -> ActionRef {
    let action = store.actions[index]
    return ActionRef(plan: store.plans[action.plan].id, action: action.id)
  }
}
