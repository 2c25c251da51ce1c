package org.diplomatictimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimexCommandTest {

    /** A tiny document in the MEANTIME (CAT XML) shape, written for this test. */
    private static final String DOC = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="test_doc" lang="en" url="">
            <token number="0" sentence="0" t_id="1">Envoys</token>
            <token number="1" sentence="0" t_id="2">meet</token>
            <token number="2" sentence="1" t_id="3">June</token>
            <token number="3" sentence="1" t_id="4">5</token>
            <token number="4" sentence="1" t_id="5">,</token>
            <token number="5" sentence="1" t_id="6">2019</token>
            <token number="6" sentence="2" t_id="7">They</token>
            <token number="7" sentence="2" t_id="8">met</token>
            <token number="8" sentence="2" t_id="9">on</token>
            <token number="9" sentence="2" t_id="10">Monday</token>
            <token number="10" sentence="2" t_id="11">for</token>
            <token number="11" sentence="2" t_id="12">two</token>
            <token number="12" sentence="2" t_id="13">hours</token>
            <token number="13" sentence="2" t_id="14">.</token>
            <Markables>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2019-06-05">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
            </TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2019-06-03">
            <token_anchor t_id="10"/>
            </TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="PT2H">
            <token_anchor t_id="12"/><token_anchor t_id="13"/>
            </TIMEX3>
            </Markables>
            </Document>
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void scoresAPerfectlyTaggedDocumentAtOneHundredPercent() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus_a"));
        Files.writeString(corpus.resolve("test_doc.xml"), DOC, StandardCharsets.UTF_8);

        int code = run("eval-timex", dir.toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report).contains("1 documents, 3 gold TIMEX3, 3 system expressions");
        assertThat(report).containsPattern("strict span +P 100\\.0 +R 100\\.0 +F1 100\\.0");
        assertThat(report).contains("value accuracy on relaxed matches: 100.0 %");
        assertThat(report).contains("throughput:");
    }

    @Test
    void errorsFlagListsMisses() throws IOException {
        Files.writeString(dir.resolve("doc.xml"), DOC.replace("PT2H", "PT3H"), StandardCharsets.UTF_8);

        run("eval-timex", dir.toString(), "--errors", "5");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--- value").contains("PT3H").contains("PT2H");
    }

    @Test
    void missingCorpusIsReportedWithItsPath() {
        int code = run("eval-timex", dir.resolve("nowhere").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere");
    }

    @Test
    void badErrorsCountIsAUsageError() {
        assertThat(run("eval-timex", "--errors", "many")).isEqualTo(2);
    }
}
