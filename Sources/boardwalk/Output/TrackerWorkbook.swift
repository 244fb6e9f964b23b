import ArgumentParser
import BoardwalkCore
import BoardwalkSpreadsheets
import BoardwalkUI
import Foundation

/// `list --format xlsx`: the tracker workbook, shaded in a theme's RAG colours.
enum TrackerWorkbook {
  static func bytes(
    indexes: [Int], store: PlanStore, today: CalendarDate, themeName: String, isPublic: Bool
  ) throws -> [UInt8] {
    let theme: Theme
    do {
      theme = try ThemeCatalog.theme(named: themeName)
    } catch {
      StandardStreams.error("boardwalk: --theme: \(error.message)")
      throw ExitCode(64)
    }
    var shades: [RAGClass: TrackerExport.Shade] = [:]
    for rag in RAGClass.allCases {
      let style = theme[.rag(rag)]
      guard let fill = style.background.rgb else { continue }
      let text = style.foreground.rgb ?? (0, 0, 0)
      shades[rag] = TrackerExport.Shade(
        fill: RGBColor(red: fill.red, green: fill.green, blue: fill.blue),
        text: RGBColor(red: text.red, green: text.green, blue: text.blue), isBold: style.isBold)
    }
    do {
      let workbook = TrackerExport.workbook(
        indexes: indexes, store: store, today: today, shades: shades,
        withholdsConfidentialText: isPublic)
      return Array(try workbook.data())
    } catch {
      StandardStreams.error("boardwalk: list: \(error.message)")
      throw ExitCode(1)
    }
  }
}
