package org.recoverycollege.register.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void aPolishCertificateKeepsPolishLettersAndSaysWhoDidWhat() throws IOException {
        Locale polish = Locale.forLanguageTag("pl");
        String text = textOf(new CertificateContent("Zofia Łukaszewicz-Żółć", "Zrozumieć lęk", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), 4, 5, "RC-ABCD-EFGH-JK", LocalDate.of(2026, 4, 8), polish), polish);

        assertThat(text).contains("Zaświadczenie o ukończeniu kursu", "Zofia Łukaszewicz-Żółć", "Zrozumieć lęk",
                "z obecnością na 4 z 5 spotkań", "2 marca 2026", "30 marca 2026", "RC-ABCD-EFGH-JK", "Recovery College");
    }

    @Test
    void anEnglishCertificateNamesTheCourseRunDatesAndNumber() throws IOException {
        String text = textOf(new CertificateContent("Sam Taylor", "Understanding Anxiety", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), 5, 5, "RC-2345-6789-AB", LocalDate.of(2026, 4, 8), Locale.UK), Locale.UK);

        assertThat(text).contains("Certificate of attendance", "Sam Taylor", "Understanding Anxiety",
                "2 March 2026", "30 March 2026", "attending 5 of its 5 sessions", "Issued on 8 April 2026",
                "Certificate number: RC-2345-6789-AB");
    }

    private static String textOf(CertificateContent content, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(content, ResourceBundle.getBundle("i18n.messages", locale), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
