package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formats by extension, else by content; recognised but unsupported formats refused with advice. */
class FormatSnifferTest {

    private final FormatSniffer sniffer = new FormatSniffer();

    static Stream<Arguments> formats() {
        return Stream.of(
                arguments("a.txt", "Talks", DocumentFormat.PLAIN_TEXT),
                arguments("a.TXT", "Talks", DocumentFormat.PLAIN_TEXT),
                arguments("a.md", "# Talks", DocumentFormat.MARKDOWN),
                arguments("a.htm", "<p>Talks", DocumentFormat.HTML),
                arguments("a.pdf", "%PDF-1.4", DocumentFormat.PDF),
                arguments("a.docx", "PK\u0003\u0004", DocumentFormat.DOCX),
                arguments("noext", "Talks in Rome", DocumentFormat.PLAIN_TEXT),
                arguments("page.asp", "  <!DOCTYPE html><html><body>", DocumentFormat.HTML),
                arguments("page.php", "<?xml version=\"1.0\"?><html xmlns=\"x\">", DocumentFormat.HTML),
                arguments("download", "%PDF-1.7 binary", DocumentFormat.PDF),
                arguments("saved.mht", "MIME-Version: 1.0", DocumentFormat.HTML),
                arguments("archive", "From: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;",
                        DocumentFormat.HTML),
                arguments("download2", "PK\u0003\u0004....word/document.xml", DocumentFormat.DOCX));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("formats")
    void detectsTheFormat(String name, String head, DocumentFormat format) throws Exception {
        assertThat(sniffer.detect(name, head.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(format);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("old.doc", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1", "save it as .docx"),
                arguments("letter.rtf", "{\\rtf1\\ansi", "RTF"),
                arguments("notes.odt", "PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text", "OpenDocument"),
                arguments("bundle.zip", "PK\u0003\u0004data/readme", "ZIP archive"),
                arguments("annotations.xml", "<?xml version=\"1.0\"?><Document>", "XML data file"),
                arguments("events.json", "{\"events\": []}", "JSON data file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAdvice(String name, String head, String advice) {
        assertThatThrownBy(() -> sniffer.detect(name, head.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining(advice);
    }
}
