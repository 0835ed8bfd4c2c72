package org.letterlint.cli;

import java.util.Iterator;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.Elements;
import org.letterlint.rules.RuleInfo;

/**
 * letterlint's own rule ids, for shell completion of {@code explain RULE}. (LanguageTool's several
 * thousand are left out: loading it takes seconds, and they are found with {@code rules}.)
 */
final class RuleIdCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return RuleSet.standard(Elements.bundled(), Customisation.NONE, false).infos().stream().map(RuleInfo::id).iterator();
    }
}
