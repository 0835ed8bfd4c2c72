package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.letterlint.TestLetters.lint;
import static org.letterlint.TestLetters.letter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions take the form of the words they replace, from LanguageTool's English dictionaries. */
class SuggestionFormsTest {
    private static Finding on(String body, String words) {
        return lint(letter(body)).findings().stream().filter(f -> f.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on '" + words + "' in: " + body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We escalated it to a manager.|escalated|referred",
        "It was escalated to a manager.|escalated|referred",
        "We are escalating your complaint.|escalating|referring",
        "She escalates every complaint.|escalates|refers",
        "Learning will be cascaded to all staff.|cascaded|passed on",
        "I have been liaising with the team.|liaising|working with",
        "The repair was undertaken in May.|undertaken|done",
        "The noise emanated from the flat above.|emanated|came from",
        "The noise has emanated from the flat above.|emanated|come from",
        "The leaflet was disseminated to all tenants.|disseminated|shared",
        "We expedited your claim.|expedited|sped up",
        "The referral was not actioned until May.|actioned|done",
        "We actioned the referral in May.|actioned|did",
        "We have received your correspondence.|correspondence|letter",
        "We have read all your correspondences.|correspondences|letters",
        "We will utilise your readings.|utilise|use",
        "This constitutes our final response.|constitutes|is",
        "Your complaint pertaining to the repair is upheld.|pertaining to|about"})
    void aSuggestionTakesTheFormOfTheWordsItReplaces(String body, String words, String expected) {
        Finding f = on(body, words);
        assertEquals(expected, f.suggestions().get(0), f.suggestions().toString());
        assertEquals(true, f.fitsInPlace());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A verb with no object after it, not a passive: "refer" is not what "the situation escalated" means.
        "The situation would not have escalated.|escalated|referred|false",
        "The situation escalated.|escalated|referred|false",
        // Near misses that fit. A count noun in place of a noun with no determiner ("further letter") needs an
        // article: a mass noun comes first.
        "We will not enter into further correspondence.|correspondence|email|true",
        "We have received correspondence from you.|correspondence|email|true",
        "The matter was escalated.|escalated|referred|true",
        // "be" as written fits only after "to" or a modal, and "was"/"were" needs the subject: the next one fits.
        "These facts constitute a breach.|constitute|make up|true",
        "The delay constituted a breach.|constituted|made up|true",
        "We have received your recent correspondence.|correspondence|letter|true",
        "We replied to the correspondence.|correspondence|letter|true"})
    void aRewriteFitsInPlaceOnlyWhereItCanDoTheWordsJob(String body, String words, String first, boolean fits) {
        Finding f = on(body, words);
        assertEquals(first, f.suggestions().get(0), f.suggestions().toString());
        assertEquals(fits, f.fitsInPlace(), "'" + first + "' in place of '" + words + "' in: " + body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We were able to find the letter.|were able to|false",
        "We are able to find the letter.|are able to|true",
        "She is able to find the letter.|is able to|true"})
    void aModalFitsOnlyWhereTheTenseNeedsNoChange(String body, String words, boolean fits) {
        Finding f = on(body, words);
        assertEquals("can", f.suggestions().get(0));
        assertEquals(fits, f.fitsInPlace(), "'can' in place of '" + words + "'");
    }
}
