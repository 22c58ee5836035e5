package org.recoverycollege.register.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/**
 * Prints a certificate of attendance as a one-page A4 (landscape) PDF with OpenPDF. The PDF standard fonts
 * have no Polish letters, so Liberation Sans (from the openpdf-fonts-extra jar) is embedded.
 */
public final class CertificatePdf {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color ACCENT = new Color(0x1d, 0x5f, 0x8a);
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private CertificatePdf() {
    }

    /** Writes the certificate; {@code texts} is the bundle in the certificate's language. */
    public static void write(CertificateContent content, ResourceBundle texts, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 64, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(texts.getString("certificates.pdf.title") + " \u2013 " + content.courseTitle());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.locale().toLanguageTag()));
            document.open();
            frame(writer.getDirectContentUnder(), document.getPageSize());
            BaseFont plain = font(false);
            BaseFont strong = font(true);
            add(document, texts.getString("app.name"), new Font(strong, 16, Font.NORMAL, ACCENT), 24);
            add(document, texts.getString("certificates.pdf.title"), new Font(strong, 32, Font.NORMAL, INK), 30);
            add(document, texts.getString("certificates.pdf.certifies"), new Font(plain, 14, Font.NORMAL, INK), 10);
            add(document, content.name(), new Font(strong, 26, Font.NORMAL, INK), 14);
            add(document, texts.getString("certificates.pdf.attended"), new Font(plain, 14, Font.NORMAL, INK), 10);
            add(document, content.courseTitle(), new Font(strong, 20, Font.NORMAL, INK), 14);
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(content.locale());
            add(document, MessageFormat.format(texts.getString("certificates.pdf.dates"), date(content.firstSession(), dates),
                    date(content.lastSession(), dates), String.valueOf(content.attended()), String.valueOf(content.held())),
                    new Font(plain, 14, Font.NORMAL, INK), 40);
            Font small = new Font(plain, 11, Font.NORMAL, INK);
            add(document, MessageFormat.format(texts.getString("certificates.pdf.issued"), content.issuedOn().format(dates)), small, 4);
            add(document, MessageFormat.format(texts.getString("certificates.pdf.number"), content.code()), small, 0);
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be written", e);
        } finally {
            document.close();
        }
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "\u2013" : date.format(format);
    }

    private static void add(Document document, String text, Font font, float spacingAfter) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
    }

    private static BaseFont font(boolean isBold) {
        BaseFont font = isBold ? bold : regular;
        if (font == null) {
            font = load(isBold ? BOLD : REGULAR);
            if (isBold) {
                bold = font;
            } else {
                regular = font;
            }
        }
        return font;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " could not be read", e);
        }
    }
}
