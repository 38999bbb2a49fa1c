"""Letter case for capitals, from the document's own writing; guesses say so."""

from sk_builder.impor.casing import Vocabulary, restore


def _vocabulary(trusted=(), rest=()) -> Vocabulary:
    vocabulary = Vocabulary()
    for text in trusted:
        vocabulary.add(text, trusted=True)
    for text in rest:
        vocabulary.add(text)
    return vocabulary


def test_phrase_from_the_decree_wins():
    vocabulary = _vocabulary(["a. Standar Pelayanan Data Dan Informasi Bagian Hukum;"], ["data dan informasi"])
    assert restore("DATA DAN INFORMASI", vocabulary).text == "Data Dan Informasi"
    assert not restore("DATA DAN INFORMASI", vocabulary).guessed


def test_trailing_punctuation_is_kept():
    vocabulary = _vocabulary(["Standar Pelayanan Fasilitasi Pelayanan Administrasi DPRD;"])
    assert restore("FASILITASI PELAYANAN ADMINISTRASI DPRD.", vocabulary).text == "Fasilitasi Pelayanan Administrasi DPRD."


def test_word_by_word_keeps_acronyms_and_small_words():
    vocabulary = _vocabulary(["Sub Bagian TU Pimpinan menerima surat dari Bagian Protokol dan Kasubag"])
    found = restore("BAGIAN PROTOKOL DAN TU PIMPINAN", vocabulary)
    assert found.text == "Bagian Protokol dan TU Pimpinan" and found.how == "ejaan dokumen" and found.guessed


def test_running_text_in_lower_case_is_no_evidence_for_a_name():
    vocabulary = _vocabulary(rest=["surat diteruskan ke bagian umum", "Kepala Bagian Umum menerima"])
    assert restore("BAGIAN UMUM", vocabulary).text == "Bagian Umum"


def test_capitals_the_document_writes_otherwise_are_not_copied():
    vocabulary = _vocabulary(rest=["Kepala Bagian PROKOPIM", "ke bagian Prokopim", "bagian Prokopim"])
    assert restore("BAGIAN PROKOPIM", vocabulary).text.lower() == "bagian prokopim"
    assert "PROKOPIM" not in restore("BAGIAN PROKOPIM", vocabulary).text


def test_unknown_words_get_title_case():
    found = restore("PENGELOLAAN ARSIP DAN DOKUMEN", Vocabulary())
    assert (found.text, found.how) == ("Pengelolaan Arsip dan Dokumen", "huruf judul")
