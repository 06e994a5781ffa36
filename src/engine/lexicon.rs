//! English number words: cardinals, ordinals, fractions and scale words.
