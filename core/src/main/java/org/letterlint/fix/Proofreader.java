package org.letterlint.fix;

import java.util.List;

/**
 * Reads sentences and names what is wrong with each (rule ids, one entry per problem). The fixer
 * asks it about each sentence before and after a rewrite, and applies the rewrite only if it adds
 * no problem.
 */
@FunctionalInterface
public interface Proofreader {
    /** For each sentence, in order, the ids of the problems found in it. */
    List<List<String>> problems(List<String> sentences);
}
