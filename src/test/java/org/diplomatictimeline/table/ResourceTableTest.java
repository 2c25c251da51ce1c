package org.diplomatictimeline.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceTableTest {

    private static ResourceTable parse(String text) throws IOException {
        return ResourceTable.parse("test.tsv", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsUtf8RowsBesideTheAnchorWithoutBlankAndCommentLines() {
        ResourceTable table = ResourceTable.read(ResourceTableTest.class, "sample.tsv");

        assertThat(table.lines()).containsExactly("Genève\tCH\tcapital", "\t#not a comment: the first cell is empty",
                "lisbon\tPT\t");
        assertThat(table.rows()).extracting(ResourceTable.Row::number).containsExactly(3, 5, 6);
    }

    @ParameterizedTest
    @CsvSource({
        "sample.tsv, org/diplomatictimeline/table/sample.tsv",
        "/org/diplomatictimeline/table/sample.tsv, org/diplomatictimeline/table/sample.tsv"})
    void namesTheResourceByItsPathInTheJarWhetherAskedRelativelyOrFromTheRoot(String name, String path) {
        ResourceTable table = ResourceTable.read(ResourceTableTest.class, name);

        assertThat(table.resource()).isEqualTo(path);
        assertThat(table.rows().get(0).resource()).isEqualTo(path);
    }

    @Test
    void cellsKeepAnEmptyCellForATabAtTheEndAndAreNotTrimmed() {
        List<ResourceTable.Row> rows = ResourceTable.read(ResourceTableTest.class, "sample.tsv").rows();

        assertThat(rows.get(2).cells()).containsExactly("lisbon", "PT", "");
        assertThat(rows.get(1).cells()).containsExactly("", "#not a comment: the first cell is empty");
    }

    @Test
    void aRowWithTooFewColumnsIsReportedByResourceAndLine() throws IOException {
        ResourceTable.Row row = parse("# kind, phrase, value\nday\ttoday\t0\nday\tyesterday\n").rows().get(1);

        assertThatThrownBy(() -> row.cells(3)).isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv line 3: expected at least 3 tab-separated columns, found 2");
    }

    @Test
    void aReaderNamesTheRowItCannotUse() throws IOException {
        ResourceTable.Row row = parse("\n\nmonth\tMay\tfive\n").rows().get(0);

        assertThat(row.malformed("'five' is not a number")).hasMessage("test.tsv line 3: 'five' is not a number");
    }

    @Test
    void windowsLineBreaksEndALineLikeNewlines() throws IOException {
        ResourceTable table = parse("a\tb\r\n#c\r\nd\te\r\n");

        assertThat(table.lines()).containsExactly("a\tb", "d\te");
        assertThat(table.rows()).extracting(ResourceTable.Row::number).containsExactly(1, 3);
    }

    @Test
    void aMissingTableIsEmptyWhenOptionalAndAnErrorNamingItWhenRequired() {
        assertThat(ResourceTable.find(ResourceTableTest.class, "absent.tsv")).isEmpty();
        assertThatThrownBy(() -> ResourceTable.read(ResourceTableTest.class, "absent.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource org/diplomatictimeline/table/absent.tsv");
    }
}
