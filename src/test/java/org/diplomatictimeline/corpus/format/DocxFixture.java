package org.diplomatictimeline.corpus.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal Word .docx files for tests from the XML of their body. */
final class DocxFixture {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxFixture() {
    }

    /** A .docx whose body holds the given paragraph XML ({@code <w:p>...</w:p>...}). */
    static byte[] withBody(String paragraphsXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>" + paragraphsXml
                    + "<w:sectPr/></w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    /** A paragraph of plain runs. */
    static String p(String... runs) {
        StringBuilder xml = new StringBuilder("<w:p>");
        for (String run : runs) {
            xml.append("<w:r><w:t xml:space=\"preserve\">").append(run).append("</w:t></w:r>");
        }
        return xml.append("</w:p>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
