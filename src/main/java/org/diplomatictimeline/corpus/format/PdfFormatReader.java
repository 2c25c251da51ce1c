package org.diplomatictimeline.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomatictimeline.corpus.DocumentFormat;

/**
 * Reads the text layer of a PDF page by page, recording where each page starts so evidence can cite its page.
 * Pages are separated by a blank line.
 */
public final class PdfFormatReader implements DocumentFormatReader {

    /** Before any PDF is parsed: fonts are not looked up on the system nor cached to disk. */
    public PdfFormatReader() {
        OfflineFontMapper.install();
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException {
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            StringBuilder text = new StringBuilder();
            List<Integer> pageStarts = new ArrayList<>();
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentReadException("a corrupt PDF (it has no pages)");
            }
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf).stripTrailing();
                if (page > 1) {
                    text.append("\n\n");
                }
                pageStarts.add(text.length());
                text.append(pageText);
                if (text.length() > limits.maxTextChars()) {
                    throw new DocumentReadException(limits.textTooLong(text.length()));
                }
            }
            List<String> warnings = new ArrayList<>();
            if (pdf.isEncrypted()) {
                warnings.add("the PDF is encrypted (without a password to open it); its text was read anyway");
            }
            return new ExtractedText(text.toString(), "UTF-8", DocumentFormat.PDF, null, null, pageStarts, warnings);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException("an encrypted PDF that needs a password; remove the password and retry", e);
        } catch (IOException e) {
            throw new DocumentReadException("a corrupt or unreadable PDF (" + e.getMessage() + ")", e);
        }
    }
}
