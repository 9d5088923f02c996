import pytest

from masthead.search.analysis import (
    MAX_QUERY_TERMS,
    analyze,
    normalize_query_text,
    parse_query,
    stem_azerbaijani,
)


def terms(text, language):
    return set(analyze(text, language))


@pytest.mark.parametrize(
    ("query", "document", "language"),
    [
        ("войны", "война", "ru"),
        ("ВОЙНЕ", "войной", "ru"),
        ("ёлки", "елка", "ru"),
        ("peacekeepers", "peacekeeping force", "en"),
        ("Elections", "election", "en"),
        ("ƏLİYEV", "Əliyev", "az"),
        ("Aliyevin", "Aliyev", "az"),
        ("ILHAM", "İlham", "az"),
        ("Bakida", "Bakı", "az"),
        ("Azerbaycanin", "Azərbaycan", "az"),
        ("Rusiyanın", "Rusiya", "az"),
        ("Qarabag", "Qarabağda", "az"),
        ("mübadiləsi", "mübadilə", "az"),
        ("seçkisi", "seçkilər", "az"),
        ("պատերազմի", "Պատերազմ", "hy"),
        ("Հայաստանի", "Հայաստան", "hy"),
        ("ինչու", "ինչո՞ւ", "hy"),
        ("cafe", "Café", "en"),
    ],
)
def test_inflected_case_and_diacritic_variants_meet_at_one_term(query, document, language):
    assert terms(query, language)
    assert terms(query, language) <= terms(document, language)


def test_cyrillic_short_i_is_not_folded_into_i():
    assert terms("Йемен", "ru") == {"йем"}
    assert terms("Йемен", "ru") != terms("иемен", "ru")


def test_azerbaijani_schwa_folds_to_e():
    assert analyze("Əliyev", "az") == analyze("Eliyev", "az")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("prezidenti", "prezident"),
        ("neftin", "neft"),
        ("genceye", "genc"),
        ("seckileri", "seck"),
        ("parlamentde", "parlament"),
        ("ev", "ev"),
    ],
)
def test_azerbaijani_stemmer_strips_noun_endings(word, stem):
    assert stem_azerbaijani(word) == stem


def test_stop_words_are_not_indexed():
    assert analyze("the war in the region", "en") == ["war", "region"]


def test_control_and_bidi_characters_are_dropped():
    assert analyze("\u202eпобеда\u202c\x00\x07мир", "ru") == analyze("победа мир", "ru")


def test_search_syntax_is_plain_words():
    query = parse_query('"oil" AND NEAR(exports, -grow*) OR (((', "en")
    assert query.terms == ("oil", "near", "export", "grow")


def test_sql_like_text_becomes_words():
    query = parse_query("'; DROP TABLE wagtailcore_page; --", "en")
    assert query.terms == ("drop", "tabl", "wagtailcor", "page")


def test_query_is_capped_in_terms_and_length():
    query = parse_query(" ".join(f"word{n}" for n in range(500)) + "x" * 5000, "en")
    assert len(query.terms) == MAX_QUERY_TERMS


def test_suggestion_query_keeps_the_last_word_as_prefix():
    query = parse_query("Peacekeeping fo", "en", with_prefix=True)
    assert query.terms == ("peacekeep",)
    assert query.prefix == "fo"
    assert parse_query("Peacekeeping ", "en", with_prefix=True).prefix == ""


def test_a_query_of_stop_words_still_searches():
    assert parse_query("the", "en").terms == ("the",)


def test_logged_query_form_is_case_folded_and_trimmed():
    assert normalize_query_text("  ƏLİYEV   Bakı ", "az") == "əliyev bakı"
