package org.letterlint.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.suppress.RuleGlob;

/**
 * Rules switched off or re-graded by the config: "jargon.escalate: off", "readability.*: warning".
 * An exact rule id beats a glob; among globs, the one written last wins.
 */
public final class RuleOverrides {
    public static final RuleOverrides NONE = new RuleOverrides(Map.of());

    /** Rule id or glob to a new severity, or empty for "off". */
    private final Map<String, Optional<Severity>> overrides;

    public RuleOverrides(Map<String, Optional<Severity>> overrides) {
        this.overrides = new LinkedHashMap<>(overrides);
    }

    public List<Finding> apply(List<Finding> findings) {
        if (overrides.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Optional<Severity>> override = lookup(f.rule());
            if (override.isEmpty()) {
                out.add(f);
            } else if (override.get().isPresent()) {
                out.add(f.withSeverity(override.get().get()));
            }
        }
        return out;
    }

    private Optional<Optional<Severity>> lookup(String rule) {
        if (overrides.containsKey(rule)) {
            return Optional.of(overrides.get(rule));
        }
        Optional<Optional<Severity>> found = Optional.empty();
        for (var e : overrides.entrySet()) {
            if (RuleGlob.matches(e.getKey(), rule)) {
                found = Optional.of(e.getValue());
            }
        }
        return found;
    }
}
