package org.oujiang.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trie behind the word indexes and the gazetteer matcher gives what scanning its word list gives. */
class CharTrieTest {
    private static final List<String> WORDS = List.of("经信局", "温州", "温州市", "", "局", "温州市经信局", "温州");

    @Test
    void firstAtIsTheFirstListedWordStartingThere() {
        CharTrie trie = new CharTrie(WORDS);
        String text = "温州市经信局发布";
        assertThat(trie.firstAt(text, 0)).isEqualTo(1); // 温州 is listed before 温州市 and 温州市经信局
        assertThat(trie.firstAt(text, 3)).isEqualTo(0);
        assertThat(trie.firstAt(text, 5)).isEqualTo(4);
        assertThat(trie.firstAt(text, 6)).isEqualTo(-1);
    }

    @Test
    void placesAtListsWordsOfTwoOrMoreCharactersShortestFirstWithinTheLimits() {
        CharTrie trie = new CharTrie(WORDS);
        String text = "温州市经信局发布";
        int[] out = new int[10];
        int n = trie.placesAt(text, 0, text.length(), 10, out);
        assertThat(Arrays.copyOf(out, n)).containsExactly(1, 2, 5); // 温州 (first place), 温州市, 温州市经信局
        n = trie.placesAt(text, 0, 3, 10, out); // the sentence ends after 温州市
        assertThat(Arrays.copyOf(out, n)).containsExactly(1, 2);
        n = trie.placesAt(text, 0, text.length(), 2, out); // names of at most two characters
        assertThat(Arrays.copyOf(out, n)).containsExactly(1);
        assertThat(trie.placesAt(text, 5, text.length(), 10, out)).isZero(); // 局 alone is too short
    }

    @Test
    void longestAtIsTheLongestWordStartingThereWithinTheLimits() {
        CharTrie trie = new CharTrie(WORDS);
        String text = "温州市经信局发布";
        assertThat(trie.longestAt(text, 0, text.length(), 10)).isEqualTo(5); // 温州市经信局
        assertThat(trie.longestAt(text, 0, 5, 10)).isEqualTo(2); // the text ends inside 温州市经信局: 温州市
        assertThat(trie.longestAt(text, 0, text.length(), 2)).isEqualTo(1); // at most two characters: 温州
        assertThat(trie.longestAt(text, 5, text.length(), 10)).isEqualTo(4); // one character: 局
        assertThat(trie.longestAt(text, 6, text.length(), 10)).isEqualTo(-1);
        assertThat(trie.longestAt(text, 0, 0, 10)).isEqualTo(-1);
    }
}
