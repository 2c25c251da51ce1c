package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encodings are recognised, text comes out exactly, binary content is refused. */
class TextDecoderTest {

    private static final String TEXT = " date 2019-06-05 Die Au\u00DFenminister trafen sich in Z\u00FCrich \u2013 "
            + "\u041C\u043E\u0441\u043A\u0432\u0430, \u5317\u4EAC.\r\nSecond line.";

    private final TextDecoder decoder = new TextDecoder();

    static Stream<Arguments> encodingsWithByteOrderMark() {
        return Stream.of(
                arguments("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                arguments("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}),
                arguments("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}),
                arguments("UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
                arguments("UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodingsWithByteOrderMark")
    void byteOrderMarkChoosesTheEncodingAndIsNotPartOfTheText(String charset, byte[] bom) throws Exception {
        byte[] bytes = concat(bom, TEXT.getBytes(Charset.forName(charset)));

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf8WithoutMarkIsReadStrictlyAndSilently() throws Exception {
        DecodedText decoded = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("utf16WithoutMark")
    void utf16WithoutMarkIsRecognisedByItsZeroBytes(String charset) throws Exception {
        String latin = "Envoys met in Geneva on Monday.\nThey agreed on a second round.";

        DecodedText decoded = decoder.decode(latin.getBytes(Charset.forName(charset)));

        assertThat(decoded.text()).isEqualTo(latin);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.warnings()).singleElement().asString().contains("no byte order mark");
    }

    static Stream<String> utf16WithoutMark() {
        return Stream.of("UTF-16LE", "UTF-16BE");
    }

    @Test
    void windows1252IsTheFallbackWithAWarning() throws Exception {
        String text = "Caf\u00E9 talks \u2013 \u201Cfruitful\u201D, said the envoy. Price: 5\u20AC.";

        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).singleElement().asString().startsWith("decoded as windows-1252");
    }

    @Test
    void mostlyUtf8WithAStrayWindows1252ByteKeepsBoth() throws Exception {
        byte[] utf8 = "The \u201Cfirst\u201D round in Z\u00FCrich. ".getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = "Caf\u00E9 talks followed.".getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = decoder.decode(concat(utf8, cp1252));

        assertThat(decoded.text()).isEqualTo("The \u201Cfirst\u201D round in Z\u00FCrich. Caf\u00E9 talks followed.");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).singleElement().asString()
                .isEqualTo("mostly UTF-8, but 1 byte was not; decoded as windows-1252");
    }

    @Test
    void bytesUndefinedInWindows1252FallBackToIso88591() throws Exception {
        // 0x81 has no character in windows-1252; one stray such byte in a page of prose
        byte[] prose = "The talks in Gen\u00E8ve ended late. ".repeat(5).getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = concat(prose, new byte[] {(byte) 0x81});

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.charset()).isEqualTo("ISO-8859-1");
        assertThat(decoded.text()).hasSize(bytes.length);
    }

    @Test
    void mostlyNonAsciiFallbackIsCalledDoubtful() throws Exception {
        // Cyrillic in KOI8-R is not UTF-8; read as windows-1252 it is mojibake, and the warning says so.
        byte[] bytes = "\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043C\u0438\u043D\u0438\u0441\u0442\u0440\u043E\u0432"
                .getBytes(Charset.forName("KOI8-R"));

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.warnings()).singleElement().asString().contains("may be in another encoding");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'%', 'X', 0, 1, 2, 3, 'a', 'b', 0, 0, 0, 9, (byte) 0xFF};

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("not a text document (binary content)");
    }

    @Test
    void randomBytesWithoutNulsAreBinaryToo() {
        Random random = new Random(42);
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + random.nextInt(255));
        }

        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessageContaining("not a text document");
    }

    @Test
    void aFewControlCharactersInProseAreTolerated() throws Exception {
        String text = "Talks\u0007 ended.\fPage two of the report, with a form feed. " + "More prose. ".repeat(20);

        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
