/// A plan's areas as a tree, worked out in one pass over their parents (however deep the
/// nesting, with no recursion): each area's level, its children, and the order the areas
/// pane and the agenda list them in. Parents that form a cycle (refused when a plan file is
/// read, but possible in a plan made in code) are found, not followed for ever.
public struct AreaTree: Sendable {
  /// How deep an area sits.
  public enum Level: Hashable, Sendable {
    /// 1 for an area without a parent, 2 for its children, and so on.
    case level(Int)
    /// The area is its own ancestor.
    case inCycle
    /// The area sits beneath a cycle: it has no top.
    case belowCycle
  }

  /// `parents[area]`: the index of the area's parent.
  public let parents: [Int?]
  /// Each area's level.
  public let levels: [Level]
  /// `children[area]`: the areas whose parent it is, in file order.
  public let children: [[Int]]
  /// Every area in display order: each area without a parent in file order, its children
  /// (depth first) straight after it; `depth` 0 at the top. Areas in or beneath a cycle come
  /// last, at depth 0.
  public let order: [(area: Int, depth: Int)]
  /// For each area, the area at the top of its branch (itself at the top; `nil` in or
  /// beneath a cycle).
  public let tops: [Int?]

  /// The tree of areas whose parents are `parents` (indexes into the same list).
  public init(parents: [Int?]) {
    let count = parents.count
    // A parent outside the list is treated as no parent.
    let parents = parents.map { $0.flatMap { (0..<count).contains($0) ? $0 : nil } }
    self.parents = parents
    var levels = Array(repeating: Level.level(1), count: count)
    var tops: [Int?] = Array(repeating: nil, count: count)
    // 0: not seen; 1: on the path being walked; 2: done.
    var state = Array(repeating: UInt8(0), count: count)
    var path: [Int] = []
    for start in 0..<count where state[start] == 0 {
      path.removeAll(keepingCapacity: true)
      var next: Int? = start
      while let area = next, state[area] == 0 {
        state[area] = 1
        path.append(area)
        next = parents[area]
      }
      var above: Level = .level(0)
      var top: Int?
      if let area = next {
        if state[area] == 2 {
          above = levels[area]
          top = tops[area]
        } else {
          // The walk came back to an area on its own path: from there on it is a cycle.
          let cycleStart = path.lastIndex(of: area) ?? path.count
          for member in path[cycleStart...] {
            levels[member] = .inCycle
            state[member] = 2
          }
          path.removeSubrange(cycleStart...)
          above = .inCycle
        }
      }
      for area in path.reversed() {
        switch above {
        case .level(let level):
          levels[area] = .level(level + 1)
          if level == 0 { top = area }
          tops[area] = top
        case .inCycle, .belowCycle:
          levels[area] = .belowCycle
        }
        above = levels[area]
        state[area] = 2
      }
    }
    self.levels = levels
    self.tops = tops
    var children = Array(repeating: [Int](), count: count)
    for (area, parent) in parents.enumerated() {
      if let parent { children[parent].append(area) }
    }
    self.children = children
    var order: [(area: Int, depth: Int)] = []
    order.reserveCapacity(count)
    var placed = Array(repeating: false, count: count)
    var stack: [(area: Int, depth: Int)] = []
    for root in (0..<count).reversed() where parents[root] == nil { stack.append((root, 0)) }
    while let (area, depth) = stack.popLast() {
      guard !placed[area] else { continue }
      placed[area] = true
      order.append((area, depth))
      for child in children[area].reversed() { stack.append((child, depth + 1)) }
    }
    for area in 0..<count where !placed[area] { order.append((area, 0)) }
    self.order = order
  }

  /// The area and its ancestors, nearest first (an area in a cycle: until one repeats).
  public func chain(of area: Int) -> [Int] {
    var chain = [area]
    if case .level(let level) = levels[area] {
      chain.reserveCapacity(level)
      var current = parents[area]
      while let parent = current {
        chain.append(parent)
        current = parents[parent]
      }
      return chain
    }
    var seen: Set<Int> = [area]
    var current = parents[area]
    while let parent = current, seen.insert(parent).inserted {
      chain.append(parent)
      current = parents[parent]
    }
    return chain
  }

  /// The area and every area beneath it, in display order.
  public func descendants(of area: Int) -> [Int] {
    var result: [Int] = []
    var seen = Set<Int>()
    var stack = [area]
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      result.append(next)
      stack += children[next].reversed()
    }
    return result
  }
}

extension Plan {
  /// The plan's areas as a tree (worked out on each call, in time linear in the areas).
  public var areaTree: AreaTree { AreaTree(parents: areas.map(\.parent)) }
}
