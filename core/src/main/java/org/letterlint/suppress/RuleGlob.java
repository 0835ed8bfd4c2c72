package org.letterlint.suppress;

/** Rule ids with "*" wildcards: "jargon.*" matches every jargon rule, "*" every rule. */
public final class RuleGlob {
    private RuleGlob() {
    }

    public static boolean matches(String glob, String rule) {
        if (!glob.contains("*")) {
            return glob.equals(rule);
        }
        String regex = ("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q");
        return rule.matches(regex);
    }
}
