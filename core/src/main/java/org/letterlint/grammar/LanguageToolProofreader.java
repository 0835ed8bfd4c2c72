package org.letterlint.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.letterlint.fix.Proofreader;
import org.letterlint.rules.Category;

/**
 * LanguageTool (en-GB, set up as for letters) as the fixer's proofreader: each sentence is checked
 * on its own, and its problems are named with the ids the grammar rule reports them under.
 */
public final class LanguageToolProofreader implements Proofreader {
    private final LanguageToolPool pool;

    /** @param knownWords words the speller accepts, as for {@link GrammarRule} */
    public LanguageToolProofreader(Set<String> knownWords) {
        this.pool = LanguageToolPool.shared(List.copyOf(knownWords));
    }

    @Override
    public List<List<String>> problems(List<String> sentences) {
        List<List<String>> out = new ArrayList<>();
        JLanguageTool lt = pool.acquire();
        try {
            for (String sentence : sentences) {
                List<String> ids = new ArrayList<>();
                for (RuleMatch match : lt.check(sentence)) {
                    ids.add(GrammarRule.id(GrammarRule.isSpelling(match.getRule()) ? Category.SPELLING : Category.GRAMMAR,
                            match.getRule().getId()));
                }
                out.add(ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed", e);
        } finally {
            pool.release(lt);
        }
        return out;
    }
}
