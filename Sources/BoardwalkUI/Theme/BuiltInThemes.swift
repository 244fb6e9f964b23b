/// The theme files of `Themes/`, built in so Boardwalk looks right wherever its binary is.
/// A test checks that these are byte for byte the files in `Themes/`.
enum BuiltInThemes {
  static let files: [String: String] = [
    "colour-blind": #"""
    {
      "name": "colour-blind",
      "description": "Blue, orange and grey in place of red and green: distinct under deuteranopia and protanopia (Okabe-Ito palette). Every status still carries its letter.",
      "styles": {
        "text": {"fg": "default", "bg": "default"},
        "dim": {"fg": 245},
        "header": {"fg": 231, "bg": 24, "bold": true},
        "header.filter": {"fg": 229, "bg": 24},
        "border": {"fg": 240},
        "pane.title": {"fg": 250, "bold": true},
        "pane.title.focused": {"fg": 231, "bg": 31, "bold": true},
        "table.header": {"fg": 250, "bold": true, "underline": true},
        "selection": {"fg": 231, "bg": 25, "bold": true},
        "selection.inactive": {"fg": 255, "bg": 238},
        "overdue": {"fg": 208, "bold": true, "underline": true},
        "status": {"fg": 252, "bg": 236},
        "status.key": {"fg": 229, "bg": 236, "bold": true},
        "message": {"fg": 231, "bg": 25, "bold": true},
        "error": {"fg": 16, "bg": 208, "bold": true},
        "overlay": {"fg": 252, "bg": 235},
        "overlay.title": {"fg": 231, "bg": 31, "bold": true},
        "match": {"fg": 214, "bold": true, "underline": true},
        "editor": {"fg": 231, "bg": 238},
        "tab.active": {"fg": 231, "bg": 31, "bold": true},
        "tab.inactive": {"fg": 250, "bg": 236},
        "rag.red": {"fg": 231, "bg": 166, "bold": true},
        "rag.amber": {"fg": 16, "bg": 220, "bold": true},
        "rag.green": {"fg": 231, "bg": 32, "bold": true},
        "rag.blue": {"fg": 231, "bg": 54, "bold": true},
        "rag.grey": {"fg": 16, "bg": 248},
        "rag.unrated": {"fg": 252, "bg": 240},
        "heat.red": [
          {"fg": 240},
          {"fg": 231, "bg": 94, "bold": true},
          {"fg": 231, "bg": 130, "bold": true},
          {"fg": 231, "bg": 166, "bold": true},
          {"fg": 16, "bg": 208, "bold": true}
        ],
        "heat.amber": [
          {"fg": 240},
          {"fg": 16, "bg": 143, "bold": true},
          {"fg": 16, "bg": 179, "bold": true},
          {"fg": 16, "bg": 220, "bold": true},
          {"fg": 16, "bg": 226, "bold": true}
        ],
        "heat.green": [
          {"fg": 240},
          {"fg": 231, "bg": 17, "bold": true},
          {"fg": 231, "bg": 18, "bold": true},
          {"fg": 231, "bg": 25, "bold": true},
          {"fg": 231, "bg": 32, "bold": true}
        ],
        "heat.blue": [
          {"fg": 240},
          {"fg": 231, "bg": 53, "bold": true},
          {"fg": 231, "bg": 54, "bold": true},
          {"fg": 231, "bg": 55, "bold": true},
          {"fg": 231, "bg": 92, "bold": true}
        ],
        "heat.grey": [
          {"fg": 240},
          {"fg": 231, "bg": 238, "bold": true},
          {"fg": 231, "bg": 241, "bold": true},
          {"fg": 231, "bg": 244, "bold": true},
          {"fg": 16, "bg": 248, "bold": true}
        ],
        "heat.unrated": [
          {"fg": 240},
          {"fg": 231, "bg": 236, "bold": true},
          {"fg": 231, "bg": 238, "bold": true},
          {"fg": 231, "bg": 240, "bold": true},
          {"fg": 231, "bg": 243, "bold": true}
        ],
        "heat.overdue": [
          {"fg": 240},
          {"fg": 231, "bg": 94, "bold": true},
          {"fg": 231, "bg": 130, "bold": true},
          {"fg": 231, "bg": 166, "bold": true},
          {"fg": 16, "bg": 208, "bold": true}
        ]
      }
    }
    """#,
    "default": #"""
    {
      "name": "default",
      "description": "Boardwalk's standard look for 256-colour terminals.",
      "styles": {
        "text": {"fg": "default", "bg": "default"},
        "dim": {"fg": 245},
        "header": {"fg": 231, "bg": 24, "bold": true},
        "header.filter": {"fg": 229, "bg": 24},
        "border": {"fg": 240},
        "pane.title": {"fg": 250, "bold": true},
        "pane.title.focused": {"fg": 231, "bg": 31, "bold": true},
        "table.header": {"fg": 250, "bold": true, "underline": true},
        "selection": {"fg": 231, "bg": 25, "bold": true},
        "selection.inactive": {"fg": 255, "bg": 238},
        "overdue": {"fg": 203, "bold": true},
        "status": {"fg": 252, "bg": 236},
        "status.key": {"fg": 229, "bg": 236, "bold": true},
        "message": {"fg": 231, "bg": 28, "bold": true},
        "error": {"fg": 231, "bg": 124, "bold": true},
        "overlay": {"fg": 252, "bg": 235},
        "overlay.title": {"fg": 231, "bg": 31, "bold": true},
        "match": {"fg": 214, "bold": true, "underline": true},
        "editor": {"fg": 231, "bg": 238},
        "tab.active": {"fg": 231, "bg": 31, "bold": true},
        "tab.inactive": {"fg": 250, "bg": 236},
        "rag.red": {"fg": 231, "bg": 160, "bold": true},
        "rag.amber": {"fg": 16, "bg": 214, "bold": true},
        "rag.green": {"fg": 231, "bg": 28, "bold": true},
        "rag.blue": {"fg": 231, "bg": 27, "bold": true},
        "rag.grey": {"fg": 16, "bg": 248},
        "rag.unrated": {"fg": 252, "bg": 240},
        "heat.red": [
          {"fg": 240},
          {"fg": 231, "bg": 52, "bold": true},
          {"fg": 231, "bg": 88, "bold": true},
          {"fg": 231, "bg": 124, "bold": true},
          {"fg": 231, "bg": 160, "bold": true}
        ],
        "heat.amber": [
          {"fg": 240},
          {"fg": 231, "bg": 94, "bold": true},
          {"fg": 16, "bg": 136, "bold": true},
          {"fg": 16, "bg": 172, "bold": true},
          {"fg": 16, "bg": 214, "bold": true}
        ],
        "heat.green": [
          {"fg": 240},
          {"fg": 231, "bg": 22, "bold": true},
          {"fg": 231, "bg": 28, "bold": true},
          {"fg": 231, "bg": 34, "bold": true},
          {"fg": 231, "bg": 40, "bold": true}
        ],
        "heat.blue": [
          {"fg": 240},
          {"fg": 231, "bg": 17, "bold": true},
          {"fg": 231, "bg": 19, "bold": true},
          {"fg": 231, "bg": 20, "bold": true},
          {"fg": 231, "bg": 27, "bold": true}
        ],
        "heat.grey": [
          {"fg": 240},
          {"fg": 231, "bg": 238, "bold": true},
          {"fg": 231, "bg": 241, "bold": true},
          {"fg": 231, "bg": 244, "bold": true},
          {"fg": 16, "bg": 248, "bold": true}
        ],
        "heat.unrated": [
          {"fg": 240},
          {"fg": 231, "bg": 236, "bold": true},
          {"fg": 231, "bg": 238, "bold": true},
          {"fg": 231, "bg": 240, "bold": true},
          {"fg": 231, "bg": 243, "bold": true}
        ],
        "heat.overdue": [
          {"fg": 240},
          {"fg": 231, "bg": 53, "bold": true},
          {"fg": 231, "bg": 89, "bold": true},
          {"fg": 231, "bg": 125, "bold": true},
          {"fg": 231, "bg": 161, "bold": true}
        ]
      }
    }
    """#,
    "high-contrast": #"""
    {
      "name": "high-contrast",
      "description": "Maximum contrast for projectors and low vision: white on black, saturated status colours, bold everywhere that matters.",
      "styles": {
        "text": {"fg": 231, "bg": 16},
        "dim": {"fg": 250, "bg": 16},
        "header": {"fg": 16, "bg": 231, "bold": true},
        "header.filter": {"fg": 16, "bg": 231, "bold": true},
        "border": {"fg": 231, "bg": 16},
        "pane.title": {"fg": 231, "bg": 16, "bold": true, "underline": true},
        "pane.title.focused": {"fg": 16, "bg": 226, "bold": true},
        "table.header": {"fg": 231, "bg": 16, "bold": true, "underline": true},
        "selection": {"fg": 16, "bg": 226, "bold": true},
        "selection.inactive": {"fg": 231, "bg": 16, "reverse": true},
        "overdue": {"fg": 196, "bg": 16, "bold": true, "underline": true},
        "status": {"fg": 231, "bg": 16, "bold": true},
        "status.key": {"fg": 16, "bg": 231, "bold": true},
        "message": {"fg": 16, "bg": 46, "bold": true},
        "error": {"fg": 231, "bg": 196, "bold": true},
        "overlay": {"fg": 231, "bg": 16},
        "overlay.title": {"fg": 16, "bg": 226, "bold": true},
        "match": {"fg": 226, "bg": 16, "bold": true, "underline": true},
        "editor": {"fg": 16, "bg": 231, "bold": true},
        "tab.active": {"fg": 16, "bg": 226, "bold": true},
        "tab.inactive": {"fg": 231, "bg": 16},
        "rag.red": {"fg": 231, "bg": 196, "bold": true},
        "rag.amber": {"fg": 16, "bg": 226, "bold": true},
        "rag.green": {"fg": 16, "bg": 46, "bold": true},
        "rag.blue": {"fg": 231, "bg": 21, "bold": true},
        "rag.grey": {"fg": 16, "bg": 250, "bold": true},
        "rag.unrated": {"fg": 231, "bg": 16, "bold": true, "underline": true},
        "heat.red": [
          {"fg": 250, "bg": 16},
          {"fg": 231, "bg": 88, "bold": true},
          {"fg": 231, "bg": 124, "bold": true},
          {"fg": 231, "bg": 160, "bold": true},
          {"fg": 231, "bg": 196, "bold": true}
        ],
        "heat.amber": [
          {"fg": 250, "bg": 16},
          {"fg": 16, "bg": 136, "bold": true},
          {"fg": 16, "bg": 178, "bold": true},
          {"fg": 16, "bg": 220, "bold": true},
          {"fg": 16, "bg": 226, "bold": true}
        ],
        "heat.green": [
          {"fg": 250, "bg": 16},
          {"fg": 16, "bg": 28, "bold": true},
          {"fg": 16, "bg": 34, "bold": true},
          {"fg": 16, "bg": 40, "bold": true},
          {"fg": 16, "bg": 46, "bold": true}
        ],
        "heat.blue": [
          {"fg": 250, "bg": 16},
          {"fg": 231, "bg": 18, "bold": true},
          {"fg": 231, "bg": 19, "bold": true},
          {"fg": 231, "bg": 20, "bold": true},
          {"fg": 231, "bg": 21, "bold": true}
        ],
        "heat.grey": [
          {"fg": 250, "bg": 16},
          {"fg": 16, "bg": 244, "bold": true},
          {"fg": 16, "bg": 246, "bold": true},
          {"fg": 16, "bg": 248, "bold": true},
          {"fg": 16, "bg": 250, "bold": true}
        ],
        "heat.unrated": [
          {"fg": 250, "bg": 16},
          {"fg": 231, "bg": 237, "bold": true},
          {"fg": 231, "bg": 239, "bold": true},
          {"fg": 231, "bg": 241, "bold": true},
          {"fg": 231, "bg": 243, "bold": true}
        ],
        "heat.overdue": [
          {"fg": 250, "bg": 16},
          {"fg": 231, "bg": 88, "bold": true},
          {"fg": 231, "bg": 124, "bold": true},
          {"fg": 231, "bg": 160, "bold": true},
          {"fg": 231, "bg": 196, "bold": true}
        ]
      }
    }
    """#,
    "monochrome": #"""
    {
      "name": "monochrome",
      "description": "No colour at all: attributes only. Used whenever NO_COLOR is set; every status reads by its letter.",
      "styles": {
        "text": {},
        "dim": {"dim": true},
        "header": {"reverse": true, "bold": true},
        "header.filter": {"reverse": true},
        "border": {"dim": true},
        "pane.title": {"bold": true},
        "pane.title.focused": {"reverse": true, "bold": true},
        "table.header": {"bold": true, "underline": true},
        "selection": {"reverse": true, "bold": true},
        "selection.inactive": {"reverse": true},
        "overdue": {"bold": true, "underline": true},
        "status": {"reverse": true},
        "status.key": {"reverse": true, "bold": true},
        "message": {"bold": true},
        "error": {"bold": true, "underline": true},
        "overlay": {},
        "overlay.title": {"reverse": true, "bold": true},
        "match": {"underline": true, "bold": true},
        "editor": {"underline": true},
        "tab.active": {"reverse": true, "bold": true},
        "tab.inactive": {},
        "rag.red": {"reverse": true, "bold": true},
        "rag.amber": {"bold": true, "underline": true},
        "rag.green": {"bold": true},
        "rag.blue": {"bold": true},
        "rag.grey": {"dim": true},
        "rag.unrated": {"dim": true},
        "heat.red": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.amber": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.green": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.blue": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.grey": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.unrated": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ],
        "heat.overdue": [
          {"dim": true},
          {},
          {"bold": true},
          {"bold": true, "underline": true},
          {"reverse": true, "bold": true}
        ]
      }
    }
    """#,
  ]
}
