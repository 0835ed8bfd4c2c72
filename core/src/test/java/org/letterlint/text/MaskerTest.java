package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskerTest {
    private final Masker masker = new Masker();

    private List<Mask> masks(String text) {
        return masker.find(text, 0, text.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dear {{first_name}}, hello|{{first_name}}|PLACEHOLDER",
        "Dear [NAME], hello|[NAME]|PLACEHOLDER",
        "Dear [COMPLAINANT_NAME], hello|[COMPLAINANT_NAME]|PLACEHOLDER",
        "Dear «FirstName», hello|«FirstName»|PLACEHOLDER",
        "By ${date} we will|${date}|PLACEHOLDER",
        "Dear <<Name>>, hello|<<Name>>|PLACEHOLDER",
        "Email jo.bloggs@council.gov.example today|jo.bloggs@council.gov.example|EMAIL",
        "See www.policeconduct.gov.uk. Thanks|www.policeconduct.gov.uk|URL",
        "See https://example.org/a?b=1, then|https://example.org/a?b=1|URL",
        "Call 01632 960 610 now|01632 960 610|PHONE",
        "Call 020 7946 0512 now|020 7946 0512|PHONE",
        "Call +44 20 7946 0512 now|+44 20 7946 0512|PHONE",
        "Quote PSD/2023/0871 please|PSD/2023/0871|REFERENCE",
        "Quote NLP-C-77102 please|NLP-C-77102|REFERENCE",
        "Write to Leeds LS1 4AP soon|LS1 4AP|POSTCODE",
        "She said it was “a civil matter” and left|“a civil matter”|QUOTATION"})
    void masksWhatIsNotProse(String text, String masked, MaskKind kind) {
        List<Mask> found = masks(text);
        assertEquals(1, found.size(), () -> "masks in '" + text + "': " + found);
        Mask mask = found.get(0);
        assertEquals(masked, text.substring(mask.start(), mask.end()));
        assertEquals(kind, mask.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We will reply by 14 June 2024.",
        "The taxi was late on 11 mornings in 2024.",
        "It cost £150 and took 31 hours.",
        "Your SEND transport and the IOPC review.",
        "A warrant-based visit at 4am.",
        "[see below] we wrote [twice]."})
    void leavesOrdinaryProseAlone(String text) {
        assertEquals(List.of(), masks(text));
    }
}
