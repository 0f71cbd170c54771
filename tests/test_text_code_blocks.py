"""Source code printed line by line (a <pre> block in a dump of lynx, w3m, html2text): one block
of the article, not a run of short lines that cuts it in two."""

from articlextract import extract
from articlextract.segment_text import segment_text

PROSE = [
    "So finally you are testing your frontend code? Great. Writing tests makes your code more",
    "robust, and code coverage tells you which parts of it your tests never reached at all.",
    "",
    "As an example, let us reuse the silly Cow example we used in a previous episode of this",
    "series, with its constructor and the one method it has:",
    "",
]
CODE = [
    "// cow.js",
    "(function(exports) {",
    '  "use strict";',
    "",
    "  function Cow(name) {",
    '    this.name = name || "Anon cow";',
    "  }",
    "  exports.Cow = Cow;",
    "})(this);",
    "",
]
TESTS = [
    "And its test suite, powered by Mocha and Chai:",
    "",
    "var expect = chai.expect;",
    "",
    'describe("Cow", function() {',
    '  describe("constructor", function() {',
    '    it("should have a default name", function() {',
    "      var cow = new Cow();",
    '      expect(cow.name).to.equal("Anon cow");',
    "    });",
    "  });",
    "});",
    "",
]
AFTER = [
    "Running the tests now gives us a report at the bottom of the page, which highlights the",
    "lines of the file that the test suite never ran, so that we know what to test next.",
    "",
    "Just remember that code coverage only gives you numbers; it is no proof that your code",
    "works, and a fully covered function can still be wrong in the cases nobody thought of.",
    "",
    "Notes on the setup follow in the next episode, where the test runner gets its own page",
    "and the report is written to a file that the build server keeps with every build.",
]


def test_a_code_block_is_one_block():
    blocks = segment_text("\n".join(PROSE + CODE + AFTER))
    code = [b for b in blocks if "this.name" in b.text]
    assert len(code) == 1 and code[0].text.startswith("// cow.js") and code[0].text.endswith("})(this);")


def test_the_article_goes_on_after_its_code_block():
    menu = ["Home", "Code", "Photography", "Talks", "Contact", ""]
    # Line by line, two code blocks weigh as a menu between the article's parts: only the part
    # after them was the body.
    article = extract("\n".join(menu + PROSE + CODE + TESTS + AFTER), format="text")
    assert article.body.startswith("So finally you are testing")
    assert "the test runner gets its own page" in article.body
    assert 'this.name = name || "Anon cow";' in article.body


def test_prose_ending_its_lines_with_semicolons_is_no_code():
    lines = ["Our principles are simple ones to follow;", "Use the assets to keep the internet open (always);",
             "Respect the people who make it (and their work);", "Share what we learn with everyone (freely);"]
    assert len(segment_text("\n\n".join(lines))) == 4
