"""Claims layer: the data-driven sentence cases in tests/data/claims_cases.jsonl, and the
component's interface (what it sets on the Doc, offsets, refs from entity mentions, explain)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from extractor.claims import load_metrics
from extractor.lexicons import find_metric
from extractor.models import EntityRef, FoundMention

from .conftest import quantities_nlp

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "claims_cases.jsonl").read_text().splitlines() if line.strip()]
FIGURE_KEYS = ("value", "low", "high", "from_value", "unit", "qualifier")
CLAIM_KEYS = ("direction", "metric", "baseline", "context")


@pytest.fixture(scope="module")
def nlp():
    return quantities_nlp()


def _problems(nlp, case: dict) -> list[str]:
    """Every way the extraction of one case differs from what it expects."""
    doc = nlp(case["text"])
    found = {doc.text[q.start : q.end]: q for q in doc._.sc_quantities}
    problems = []
    for want in case.get("figures", []):
        q = found.get(want["text"])
        if q is None:
            problems.append(f"no quantity {want['text']!r}; found {list(found)}")
            continue
        for key in FIGURE_KEYS:
            if key in want and not _same(getattr(q, key), want[key]):
                problems.append(f"{want['text']!r}: {key} {getattr(q, key)!r}, expected {want[key]!r}")
        if "claim" in want and (q.claim is not None) != want["claim"]:
            problems.append(f"{want['text']!r}: claim {q.claim is not None}, expected {want['claim']}")
        if q.claim is None:
            continue
        for key in CLAIM_KEYS:
            if key in want and getattr(q.claim, key) != want[key]:
                problems.append(f"{want['text']!r}: {key} {getattr(q.claim, key)!r}, expected {want[key]!r} ({q.claim.why})")
    for text in case.get("not_figures", []):
        at = case["text"].index(text)
        if any(q.start < at + len(text) and at < q.end for q in doc._.sc_quantities):
            problems.append(f"{text!r} should not be a figure")
    if case.get("no_quantities") and found:
        problems.append(f"expected no quantities, found {list(found)}")
    if case.get("no_claims") and any(q.claim for q in doc._.sc_quantities):
        problems.append("expected no claims")
    return problems


def _same(got, want) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) <= 1e-9 * max(1.0, abs(want))
    return got == want


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(nlp, case):
    assert _problems(nlp, case) == []


def test_cases_have_positives_and_negatives():
    claims = [f for c in CASES for f in c.get("figures", []) if f.get("claim") is True]
    set_up = [f for c in CASES for f in c.get("figures", []) if f.get("claim") is False]
    non_figures = [c for c in CASES if c.get("no_quantities") or c.get("not_figures")]
    assert len(claims) >= 60 and len(set_up) >= 10 and len(non_figures) >= 10


# --- the component's interface ------------------------------------------------------------------


def test_sets_quantities_with_offsets_into_doc_text(nlp):
    text = "Our method is 2.8x faster than DSIR. It uses 64 GPUs. Table 3 lists 7B models."
    doc = nlp(text)
    quantities = doc._.sc_quantities
    assert [doc.text[q.start : q.end] for q in quantities] == ["2.8x", "64", "7B"]
    for q in quantities:
        assert q.rule.startswith("q:")
        if q.claim is not None:
            assert q.claim.rule.startswith("claim:")
            assert q.claim.why["claim"] == q.claim.rule
    assert quantities[0].claim is not None and quantities[1].claim is None


def test_no_figure_gives_an_empty_list(nlp):
    assert nlp("Transformers excel at long-range dependencies.")._.sc_quantities == []


def test_every_claim_has_a_unit(nlp):
    doc = nlp("The model reaches 0.85 on the hidden split. BLEU 35.2 on WMT. Accuracy of 91% on X.")
    assert all(q.claim is None or q.unit for q in doc._.sc_quantities)


def test_metric_ref_names_the_lexicon_metric(nlp):
    doc = nlp("It achieves 1.6 times lower MAE than competing models.")
    claim = doc._.sc_quantities[0].claim
    assert claim.metric == "MAE"
    assert claim.metric_ref == EntityRef(type="metric", name="mean absolute error")


@pytest.mark.parametrize("text, metric, ref", [
    ("It reaches an FID score of 3.1 on CelebA.", "FID score", "FID"),
    ("It achieves Intersection over Union (IoU) scores of 79.35% on A.", "Intersection over Union (IoU) scores", "IoU"),
    ("It improves the BLEU-4 score by 2.1 points.", "BLEU-4 score", "BLEU"),
    ("It attains a final score of 0.9 on the leaderboard.", "score", "score"),
])
def test_a_score_links_the_metric_it_is_the_score_of(nlp, text, metric, ref):
    """"the FID score" is FID's: claims.metric_id points at FID (and its better direction is FID's), not at
    the generic score."""
    claim = next(q.claim for q in nlp(text)._.sc_quantities if q.claim is not None)
    assert (claim.metric, claim.metric_ref) == (metric, EntityRef(type="metric", name=ref))


def test_claim_span_includes_qualifier(nlp):
    doc = nlp("It is up to 85.1% faster.")
    (q,) = doc._.sc_quantities
    assert doc.text[q.start : q.end] == "up to 85.1%"


def test_raw_latex_percent_is_read(nlp):
    (q,) = nlp(r"Accuracy improves by 3.5\% on GLUE.")._.sc_quantities
    assert (q.value, q.unit) == (3.5, "percent")


def test_refs_come_from_mentions_and_subject_from_proposed_method():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    text = "ZIP-FIT: data selection. We show that it is 2.8x faster than DSIR on GLUE."

    @spacy.Language.component("fake_entities")
    def fake_entities(doc: Doc) -> Doc:
        def at(surface, type_, role=None):
            start = doc.text.index(surface)
            return FoundMention(start=start, end=start + len(surface), type=type_, role=role, rule="test")

        doc._.sc_mentions = [at("ZIP-FIT", "method", "proposed"), at("DSIR", "method", "mentioned"), at("GLUE", "benchmark")]
        doc._.sc_title_end = len("ZIP-FIT: data selection.")
        return doc

    nlp.add_pipe("fake_entities")
    nlp.add_pipe("sciclaims_quantities")
    (q,) = nlp(text)._.sc_quantities
    claim = q.claim
    assert claim.baseline == "DSIR" and claim.baseline_ref == EntityRef(type="method", name="DSIR")
    assert claim.context == "GLUE" and claim.context_ref == EntityRef(type="benchmark", name="GLUE")
    assert claim.subject == "ZIP-FIT" and claim.subject_ref == EntityRef(type="method", name="ZIP-FIT")


def test_subject_without_mentions_is_the_title_name(nlp):
    doc = nlp.make_doc("MambaClinix: a U-Net\n\nWe show that it reaches 77.6% Dice on BraTS.")
    doc._.sc_title_end = len("MambaClinix: a U-Net")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    (q,) = doc._.sc_quantities
    assert q.claim.subject == "MambaClinix" and q.claim.subject_ref is None


def test_title_name_of_a_dataset_is_no_subject_but_the_context():
    from extractor.models import Paper
    from extractor.pipeline import process

    paper = Paper(id="x", title="HiNER: A Large Hindi Named Entity Recognition Dataset",
                  abstract="We release HiNER, a dataset of 109,146 sentences. Our best model reaches 88.78% weighted F1 on HiNER.")
    (result,) = process([paper])
    (claim,) = [q.claim for q in result.quantities if q.claim is not None]
    assert claim.subject is None and claim.context == "HiNER"


def test_title_figures_get_no_context_from_title_words(nlp):
    doc = nlp.make_doc("70% Size, 100% Accuracy: Lossless LLM Compression for Efficient GPU Inference\n\nWe compress LLMs.")
    doc._.sc_title_end = doc.text.index("\n\n")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    claims = [q.claim for q in doc._.sc_quantities]
    assert [c.metric for c in claims] == ["Size", "Accuracy"]
    assert all(c.context is None and c.baseline is None for c in claims)


def _title_doc(nlp, title: str, abstract: str):
    doc = nlp.make_doc(f"{title}\n\n{abstract}")
    doc._.sc_title_end = len(title)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_title_figure_the_abstract_states_again_is_one_claim(nlp):
    doc = _title_doc(nlp, "Training ResNet-50 in 20 minutes", "Training time drops from 2 hours to just 20 minutes.")
    got = [(doc.text[q.start : q.end], q.claim is not None) for q in doc._.sc_quantities]
    assert got == [("20 minutes", False), ("2 hours to just 20 minutes", True)]


def test_title_figure_the_abstract_lacks_stays_a_claim(nlp):
    doc = _title_doc(nlp, "Training ResNet-50 in 20 minutes", "Training time drops by 3x.")
    assert [q.claim is not None for q in doc._.sc_quantities] == [True, True]


def test_segments_never_cross_the_title_end(nlp):
    doc = nlp.make_doc("Fast Models 2\n\n3x faster inference.")
    doc._.sc_title_end = len("Fast Models 2")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [doc.text[q.start : q.end] for q in doc._.sc_quantities] == ["3x"]


# --- the metric lexicon, shared with the entity extractor ---------------------------------------


def test_metric_lexicon_is_clean():
    metrics = load_metrics()
    names = [m.name for m in metrics]
    assert len(names) == len(set(names))
    for m in metrics:
        assert m.better in ("higher", "lower", "none") and m.kind and m.name in m.variants
    assert find_metric("WER").name == "word error rate" and find_metric("wer") is None
    assert find_metric("Perplexity").better == "lower"
    assert find_metric("mAP").name == "mAP" and find_metric("map") is None


def _with_mentions(text: str, mentions: list[tuple[str, str]]):
    """The quantities component behind a stand-in entity layer that marks `mentions` (surface, type)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    name = f"fake_mentions_{abs(hash((text, tuple(mentions))))}"

    @spacy.Language.component(name)
    def fake(doc: Doc) -> Doc:
        doc._.sc_mentions = [
            FoundMention(start=doc.text.index(s), end=doc.text.index(s) + len(s), type=t, role=None, rule="test")
            for s, t in mentions
        ]
        return doc

    nlp.add_pipe(name)
    nlp.add_pipe("sciclaims_quantities")
    return nlp(text)._.sc_quantities


def test_dataset_named_in_the_clause_is_the_context():
    text = "Benchmarks report degradation across stages, while MultiWOZ shows 78.2% accuracy."
    (q,) = _with_mentions(text, [("MultiWOZ", "benchmark")])
    assert q.claim.context == "MultiWOZ" and q.claim.why["context"] == "context:dataset_in_clause"


def test_dataset_in_the_clause_carries_over_a_list_of_metric_items():
    # "on NDCG" names the next figure's metric, not a setting of its own: the list keeps the clause's dataset
    text = "FinBERT-QA improves the state-of-the-art results of task 2 of the FiQA dataset by 16% on MRR, 17% on NDCG, and 21% on Precision@1."
    got = [(q.claim.context, q.claim.metric) for q in _with_mentions(text, [("FiQA", "dataset")])]
    assert got == [("FiQA", "MRR"), ("FiQA", "NDCG"), ("FiQA", "Precision@1")]


def test_benchmark_a_score_is_named_after_stays_the_context():
    text = "We observe a significant +1.6 GLUE score increase over classical LMs."
    (q,) = _with_mentions(text, [("GLUE", "benchmark")])
    assert q.claim.metric == "GLUE score" and q.claim.context == "GLUE"


def test_dataset_the_paper_builds_is_not_the_context():
    text = "We further construct MaxFlip, a curated challenge set that amplifies flips by up to +23.6pp."
    (q,) = _with_mentions(text, [("MaxFlip", "dataset")])
    assert q.claim.context is None


def test_dataset_that_is_the_baseline_is_not_the_context():
    text = "Our pre-trained model outperforms COCO pre-training by 6.2 points."
    (q,) = _with_mentions(text, [("COCO", "dataset")])
    assert q.claim.baseline == "COCO pre-training" and q.claim.context is None


def test_dataset_trained_on_is_not_the_context():
    text = "When training on 40% of the OSS-Instruct dataset, the model achieves an average performance of 66.9%."
    quantities = _with_mentions(text, [("OSS-Instruct", "dataset")])
    assert quantities[-1].claim.context is None


def test_the_proposed_method_is_not_the_context():
    text = "FocusTrack runs at 143 fps with FocusTrack (SRA) on a single GPU."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    @spacy.Language.component("fake_proposed")
    def fake(doc: Doc) -> Doc:
        at = doc.text.index("FocusTrack (")
        doc._.sc_mentions = [FoundMention(start=at, end=at + len("FocusTrack"), type="method", role="proposed", rule="test")]
        return doc

    nlp.add_pipe("fake_proposed")
    nlp.add_pipe("sciclaims_quantities")
    (q,) = nlp(text)._.sc_quantities
    assert q.claim is not None and q.claim.context != "FocusTrack"


def test_level_takes_the_benchmark_named_in_an_earlier_sentence():
    text = "We evaluate on the OSV-Bench benchmark. The best configuration reaches 96.73% Pass@1."
    (q,) = _with_mentions(text, [("OSV-Bench", "benchmark")])
    assert q.claim.context == "OSV-Bench" and q.claim.why["context"] == "context:document"


def test_parallel_sentence_lends_its_metric_to_levels_that_name_none(nlp):
    text = "On MP-1, we achieve success rates of 92.31% and 76.92%. On MP-3, we reach 76.92% and 61.54%."
    got = [(doc_q.claim.metric, doc_q.claim.why["metric"]) for doc_q in nlp(text)._.sc_quantities if doc_q.start > 50]
    assert got == [("success rates", "metric:parallel_sentence")] * 2
    # a sentence that does not open on its setting as the one before does keeps the default
    text = "On MP-1, we achieve success rates of 92.31% and 76.92%. We reach 76.92% on MP-3."
    assert [q.claim.metric for q in nlp(text)._.sc_quantities if q.start > 50] == ["performance"]


def test_change_takes_the_benchmark_of_an_earlier_sentence_but_a_cost_does_not():
    # session 11: a change of a task score takes the earlier sentence's benchmark as a level does (the gold does:
    # "The experiments on the CrackVision12K benchmark ... . ..., a substantial 33% reduction"); a cost still takes none
    text = "We evaluate on the OSV-Bench benchmark. Our method improves Pass@1 by 5% and uses 40% fewer parameters."
    quantities = _with_mentions(text, [("OSV-Bench", "benchmark")])
    assert [q.claim.context for q in quantities] == ["OSV-Bench", None]


# (text, mentions): an earlier sentence's dataset that a change of a task score does not take (session 11)
CHANGE_NO_DOCUMENT_CONTEXT_CASES = [
    # one of a list, an example, a family, a modifier, a compared model, training data
    ("We assess the models on the HumanEval-Java and Defects4J benchmarks. Our tool improves accuracy by up to 78%.",
     [("HumanEval-Java", "benchmark"), ("Defects4J", "benchmark")]),
    ("Widely used datasets like DAIC-WOZ exhibit shortcuts. CDoA improves macro-F1 by 9%.", [("DAIC-WOZ", "dataset")]),
    ("Experiments on several mainstream video HPE datasets show gains. It achieves up to 5.2% mAP improvement.", [("HPE", "dataset")]),
    ("We build a corpus of one million Sentinel-2 samples. It improves classification accuracy by 6.77%.", [("Sentinel-2", "dataset")]),
    ("Compared to MedGemma 1 4B, the new model is stronger. It improves IoU by 35%.", [("MedGemma 1 4B", "dataset")]),
    ("The model was pretrained on a combined dataset comprising a 10.75GB cleaned NepBERTa corpus. It improves accuracy by 3.2%.", [("NepBERTa corpus", "dataset")]),
    # the sentence names a setting of its own
    ("We reduce the WER on the LibriSpeech dataset. Adaptation brings a 15.3% WER reduction on those two datasets.", [("LibriSpeech", "dataset")]),
]


@pytest.mark.parametrize("text,mentions", CHANGE_NO_DOCUMENT_CONTEXT_CASES, ids=[c[0][:40] for c in CHANGE_NO_DOCUMENT_CONTEXT_CASES])
def test_change_takes_no_unclear_earlier_dataset(text, mentions):
    (q,) = [q for q in _with_mentions(text, mentions) if q.claim is not None]
    assert q.claim.context is None, q.claim.why


def test_dataset_a_model_was_trained_on_far_back_in_the_clause_is_no_context():
    text = ("We trained a teacher and two small student models on the curated, child-directed TinyKids dataset, "
            "then distilled them into a small, 41M-parameter model that beats its teachers.")
    quantities = _with_mentions(text, [("TinyKids", "dataset")])
    assert quantities[-1].claim is not None and quantities[-1].claim.context is None


def test_dataset_evaluated_on_after_training_is_still_the_context():
    text = "We trained the model on web text and evaluated it on the TinyKids dataset, where it reaches 71.3% accuracy."
    quantities = _with_mentions(text, [("TinyKids", "dataset")])
    assert quantities[-1].claim.context == "TinyKids"


def test_opening_participle_with_a_dataset_is_the_setting():
    text = "Analyzing a subset of WebPix, we show that our filter can remove 40% of the data, effectively halving training time."
    quantities = _with_mentions(text, [("WebPix", "dataset")])
    assert [q.claim.context for q in quantities] == ["WebPix", "WebPix"]


def test_opening_participle_without_data_is_no_setting():
    text = "Using a single GPU and our new schedule, we reach 91.2% accuracy."
    (q,) = _with_mentions(text, [])
    assert q.claim.context is None


def test_gap_to_a_compared_thing_takes_no_benchmark_from_an_earlier_sentence():
    text = "We evaluate on the MS MARCO benchmark. Our retriever has similar latency (less than 4ms difference) as classic BM25."
    (q,) = _with_mentions(text, [("MS MARCO", "benchmark")])
    assert q.claim.baseline == "classic BM25" and q.claim.context is None


def test_level_with_a_compared_thing_still_takes_the_earlier_benchmark():
    text = "We evaluate on the MS MARCO benchmark. Our retriever reaches a success rate of 86.3% against 80.1% for existing approaches."
    (q, _) = _with_mentions(text, [("MS MARCO", "benchmark")])
    assert q.claim.baseline == "existing approaches" and q.claim.context == "MS MARCO"
    # session 9: ", achieving" after the comparison's object states a level compared with nothing (the gold's reading)
    text = "We evaluate on the MS MARCO benchmark. Our retriever outperforms existing approaches, achieving a new success rate of 86.3%."
    (q,) = _with_mentions(text, [("MS MARCO", "benchmark")])
    assert q.claim.baseline is None and q.claim.context == "MS MARCO"


def test_benchmark_named_only_after_the_figure_is_no_document_context():
    text = "Our scheme reaches 91.2% accuracy. We validate on RADIal and CARRADA."
    quantities = _with_mentions(text, [("RADIal", "dataset"), ("CARRADA", "dataset")])
    assert quantities[0].claim.context is None


def test_dataset_the_paper_introduces_is_no_document_context():
    text = "We introduce CounterLogic, a new benchmark. Models reach only 41.5% accuracy."
    (q,) = _with_mentions(text, [("CounterLogic", "dataset")])
    assert q.claim.context is None


def test_proposed_system_as_subject_is_not_the_context():
    text = "Most notably, SLAP achieves superior performance with 20-40% less training data."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    @spacy.Language.component("fake_proposed_dataset")
    def fake(doc: Doc) -> Doc:
        at = doc.text.index("SLAP")
        doc._.sc_mentions = [FoundMention(start=at, end=at + 4, type="dataset", role="proposed", rule="test")]
        return doc

    nlp.add_pipe("fake_proposed_dataset")
    nlp.add_pipe("sciclaims_quantities")
    (q,) = nlp(text)._.sc_quantities
    assert q.claim is not None and q.claim.context is None


def test_rank_and_runtime_levels_take_the_earlier_benchmark():
    text = "We describe our system for the ArAIEval shared task. Our system ranked 11 and ran in 143.66s runtime."
    quantities = _with_mentions(text, [("ArAIEval", "benchmark")])
    assert [q.claim.context for q in quantities if q.claim is not None] == ["ArAIEval", "ArAIEval"]


def test_claims_are_built_as_model_construct_builds_them(nlp):
    """`attach` builds each `FoundClaim` without `model_construct`: the same fields, values and
    fields-set, on every case with a claim."""
    from extractor.models import FoundClaim, FoundQuantity

    seen = 0
    for case in CASES:
        for q in nlp(case["text"])._.sc_quantities:
            assert q.model_fields_set == set(FoundQuantity.model_fields)
            if q.claim is None:
                continue
            seen += 1
            built = FoundClaim.model_construct(**q.claim.__dict__)
            assert q.claim.__dict__ == built.__dict__ and list(q.claim.__dict__) == list(FoundClaim.model_fields)
            assert q.claim.model_fields_set == built.model_fields_set
            assert q.claim.__pydantic_extra__ == built.__pydantic_extra__ and q.claim.__pydantic_private__ == built.__pydantic_private__
            assert FoundClaim.model_validate(q.claim.model_dump()) == q.claim
    assert seen > 100


# --- tenth pass (dev_i/dev_j): a sized model named last before the figure is its context ----------


def test_sized_model_subject_is_the_context():
    text = "For instance, Llama-2-70B achieved a 48.4% speedup with only a 2.4% performance drop by pruning half of the attention layers."
    found = _with_mentions(text, [("Llama-2-70B", "method")])
    for q in found[:2]:  # 48.4% and 2.4%
        assert q.claim is not None and q.claim.context == "Llama-2-70B" and q.claim.why["context"] == "context:sized_subject"


def test_sized_subject_must_be_the_last_model_named():
    text = "Strong open-source models lag behind, led by Qwen3-235B at 52.2% and Qwen3-32B at 50.6%."
    first, second = _with_mentions(text, [("Qwen3-235B", "method"), ("Qwen3-32B", "method")])
    assert first.claim.context == "Qwen3-235B"
    assert second.claim.context is None  # its model is Qwen3-32B, not the subject read for it


def test_what_a_change_is_compared_against_is_no_subject():  # session 18
    text = "Our model outperforms the FINCH baseline by 9% and GPT-4 by 3%."
    found = _with_mentions(text, [("FINCH", "method"), ("GPT-4", "method")])
    assert [q.claim.subject for q in found] == [None, None]
    text = "The approach is outperformed by GPT-4, which reaches 71% accuracy."
    found = _with_mentions(text, [("GPT-4", "method")])
    assert found[0].claim.subject == "GPT-4"  # a level after the compared name stays its own


def test_unsized_subject_is_no_context():
    text = "For instance, GraphSAGE achieved a 48.4% speedup by pruning half of the layers."
    found = _with_mentions(text, [("GraphSAGE", "method")])
    assert found[0].claim is not None and found[0].claim.context is None


def test_improvement_on_a_dataset_is_where_not_over_what():
    # p11: "improvement on <dataset>" names the setting; "improves on <method>" still compares
    text = "TVP boosts the performance (e.g., 9.79% improvement on Charades-STA and 30.77% improvement on ActivityNet Captions)."
    quantities = _with_mentions(text, [("Charades-STA", "dataset"), ("ActivityNet Captions", "dataset")])
    assert [q.claim.baseline for q in quantities] == [None, None]
    assert [q.claim.context for q in quantities] == ["Charades-STA", "ActivityNet Captions"]
    (q,) = _with_mentions("Our parser improves on UDPipe by 2.1 points.", [("UDPipe", "method")])
    assert q.claim.baseline == "UDPipe"


def test_named_percent_level_still_takes_the_earlier_benchmark():
    # p11: a percent level whose metric is named from plain words ("galaxies") keeps the document context
    text = "We evaluate on the COSMOS field. Finally, we managed to classify about 53% galaxies."
    (q,) = _with_mentions(text, [("COSMOS", "dataset")])
    assert q.claim.metric == "galaxies" and q.claim.context == "COSMOS"


# (text, mentions, figure, expected context, expected metric): a dataset or benchmark that names the figure's
# metric, or that an earlier rule read as the metric, is where the figure was measured
DATASET_METRIC_CASES = [
    ("It improves downstream tasks, reducing LAMBADA perplexity by 11.7% and enhancing HellaSwag accuracy by 4.3%.",
     [("LAMBADA", "benchmark"), ("HellaSwag", "benchmark")], "4.3%", "HellaSwag", "accuracy"),
    ("Embedding PST into ResNet-18 boosts ImageNet top-1 accuracy by 6.5%.", [("ImageNet", "dataset")], "6.5%", "ImageNet", "top-1 accuracy"),
    ("At 130M parameters, a 1-layer model reaches FineWeb-Edu perplexity 18.06.", [("FineWeb-Edu", "dataset")], "18.06", "FineWeb-Edu", "perplexity"),
    ("As a sneak peek, the tuned model improves on Winoground from 49.5% to 54.8%.", [("Winoground", "benchmark")], "49.5% to 54.8%", "Winoground", "performance"),
    ("Removing the bus protocol reduces PaperBench by 6.41 points.", [("PaperBench", "benchmark")], "6.41 points", "PaperBench", "performance"),
    # negatives: a name the entity layer took for a dataset, written after the figure, stays the metric; a dataset
    # that does not name the metric is not moved in front of a setting read after the figure
    ("Our approach achieves a 12.5% increase in CTR and an 8.3% increase in CVR.", [("CVR", "dataset")], "8.3%", None, "CVR"),
    ("Trained on COCO accuracy data, the model improves accuracy by 3.1% on LVIS.", [("COCO", "dataset"), ("LVIS", "dataset")], "3.1%", "LVIS", "accuracy"),
]


# (text, mentions, figure, expected context, expected metric): a phrase the entity layer reads as a metric is what
# the figure measures after "in"/"on", never the setting it was measured in
METRIC_MENTION_CASES = [
    ("Experiments show that EchoVidia surpasses recent VT2A models by 40.7% in controllability and 12.5% in perceptual quality.",
     [("perceptual quality", "metric")], "12.5%", None, "perceptual quality"),
    ("On ArtEdit-Bench, it achieves an average gain of 6.48% in acceptance rate.", [("acceptance rate", "metric")], "6.48%", "ArtEdit-Bench", "acceptance rate"),
    # negatives: a metric word that only opens the phrase leaves the setting alone
    ("Our method achieves an average improvement of 4.1% over standard DPO across spatial quality tasks.",
     [("spatial quality", "metric")], "4.1%", "spatial quality tasks", "performance"),
]


# both tables above: (text, mentions, figure, expected context, expected metric)
@pytest.mark.parametrize("text, mentions, figure, context, metric", DATASET_METRIC_CASES + METRIC_MENTION_CASES,
                         ids=[c[2] for c in DATASET_METRIC_CASES + METRIC_MENTION_CASES])
def test_context_and_metric_of_a_named_figure(text, mentions, figure, context, metric):
    found = {text[q.start : q.end]: q for q in _with_mentions(text, mentions)}
    q = found[figure]
    assert (q.claim.context, q.claim.metric) == (context, metric), q.claim.why


# (text, mentions, figure, expected context): Session 10, a task the entity layer names right after the figure and
# its metric ("for X", "on the X task", "across five X benchmarks") is where the figure was measured
TASK_AFTER_CASES = [
    ("On three VTG benchmarks, it achieves a 7.7-point improvement in mIoU for moment retrieval and 12.0-point improvement in mAP for highlight detection.",
     [("VTG", "benchmark"), ("moment retrieval", "task"), ("highlight detection", "task")], "12.0-point", "highlight detection"),
    ("Moreover, LexiContrastive Grounding improves perplexity by around 5% on multiple language modeling tasks.",
     [("language modeling", "task")], "around 5%", "multiple language modeling tasks"),
    ("We show a 2.5% to 13.7% improvement in mAP for the human detection task.", [("human detection", "task")], "2.5% to 13.7%", "human detection task"),
    ("Experiments on 21 downstream tasks show average improvements of +0.8% for named entity recognition and +8.8% for text classification.",
     [("named entity recognition", "task"), ("text classification", "task")], "+0.8%", "named entity recognition"),
    # the compared thing read from the cue's object stays: "improves the baseline by 7.65% in accuracy on X"
    ("Remarkably, it improves the baseline by 7.65% in accuracy on hallucination evaluation and reduces the bias score by 4.5%.",
     [("hallucination evaluation", "task")], "7.65%", "hallucination evaluation"),
    # negatives: a task behind another cue or a comma is not the figure's own setting; a vague lead stays unread
    ("It reaches 81.2% accuracy on ImageNet for image classification.", [("ImageNet", "dataset"), ("image classification", "task")], "81.2%", "ImageNet"),
    ("It gains 3.1% in accuracy, which helps for image classification.", [("image classification", "task")], "3.1%", None),
]


def test_task_after_the_figure_keeps_the_baseline_read_from_the_cue_object():
    text, mentions, figure, context = next(c for c in TASK_AFTER_CASES if "the baseline by" in c[0])
    q = {text[q.start : q.end]: q for q in _with_mentions(text, mentions)}[figure]
    assert (q.claim.context, q.claim.baseline) == (context, "baseline"), q.claim.why


# "on public benchmarks, A and B, ... 62.3% and 64.1%, respectively": the names in apposition to a dataset word
RESPECTIVELY_APPOSITION = ("Evaluations on public benchmarks, LVBench and VideoMME-Long, demonstrate that AVA achieves state-of-the-art "
                           "performance, attaining 62.3% and 64.1% accuracy, respectively.")


def test_respectively_names_in_apposition_to_benchmarks():
    quantities = _with_mentions(RESPECTIVELY_APPOSITION, [("LVBench", "benchmark"), ("VideoMME-Long", "benchmark")])
    assert [q.claim.context for q in quantities] == ["LVBench", "VideoMME-Long"]


# (text, mentions, figure, expected context): Session 10, with no setting in the figure's own clause, the first dataset
# or benchmark named later in the sentence after on/across is where it was measured
DATASET_LATER_CASES = [
    ("Our approach reduces FID from 16.04 to 7.80, establishing a new state-of-the-art in CAD sketch generation on the SketchGraphs dataset.",
     [("SketchGraphs", "dataset")], "16.04 to 7.80", "SketchGraphs"),
    ("Sonata triples linear probing accuracy (from 21.8% to 72.5%) on ScanNet and nearly doubles performance.",
     [("ScanNet", "dataset")], "21.8% to 72.5%", "ScanNet"),
    ("It achieves 65.89 Driving Score (DS) and 48.20% Success Rate (SR) on the Bench2Drive dataset without experts.",
     [("Bench2Drive", "benchmark")], "65.89", "Bench2Drive"),
    ("Our model reaches 46.35 ROUGE-1, establishing a new state of the art on the XSUM Dataset.", [("XSUM Dataset", "dataset")], "46.35", "XSUM"),
    # negatives: a figure of an opening "With ..." phrase, a compared level, another named setting between, a respectively list
    ("With a 128K extended context window, Kimi-VL achieves impressive scores on LongVideoBench.", [("LongVideoBench", "benchmark")], "128K", None),
    ("OpenBioLLM matches GeneGPT on over 90% of the tasks, achieving 0.849 on Gene-Turing and 0.830 on GeneHop.",
     [("GeneHop", "benchmark")], "over 90%", None),
    ("It improves over conventional methods by 2.45% and 0.45%, and over learnable methods by 1.18% and 1.56% on HyKo and HSI-Drive, respectively.",
     [("HyKo", "dataset"), ("HSI-Drive", "dataset")], "2.45%", "HyKo"),  # the respectively reader pairs it, not the later-dataset rule
]


# (text, mentions, figure, expected context): Session 10, a benchmark written right before a figure as its label, or a
# model's name with a colon when the sentence names no benchmark after the figure
LABEL_BEFORE_CASES = [
    ("Results show notable gains in knowledge-intensive tasks (MMLU +8.1%) and contextual understanding (HellaSwag +7.6%).",
     [("MMLU", "benchmark"), ("HellaSwag", "benchmark")], "+7.6%", "HellaSwag"),
    ("We observe generational improvement within Claude (Opus 4.5: 95.7 percent accuracy vs Sonnet 4: 93.0 percent), while GPT-5.2 "
     "shows lower accuracy (88.9 percent).", [("Claude", "method"), ("Sonnet 4", "method"), ("GPT-5.2", "method")], "93.0 percent", "Sonnet 4"),
    # negatives: a model label yields to a benchmark named after it; a model with no colon is no label
    ("It performs at par with state-of-the-art models (PEGASUS: 47.21, BART: 45.14 on XSUM).", [("PEGASUS", "method"), ("BART", "method"), ("XSUM", "dataset")],
     "47.21", "XSUM"),
    ("The cost falls sharply (Mistral 12% lower).", [("Mistral", "method")], "12%", None),
]


# Session 10: the first of an "and" pair trades the sentence's generic opening for the dataset named after the pair
SHARED_NAMED_CASES = [
    ("Extensive experiments on standard benchmarks demonstrate the effectiveness of HLGFA, achieving 97.9% pixel-level AUROC and 97.5% "
     "image-level AUROC on the MVTec AD dataset.", [("MVTec AD", "dataset")], "97.9%", "MVTec AD"),
    # negative: a dataset named after a clause cut stays with its own figure
    ("Extensive experiments on standard benchmarks show a 97.9% AUROC, while it reaches 97.5% on the MVTec AD dataset.",
     [("MVTec AD", "dataset")], "97.9%", "standard benchmarks"),
]


# (text, mentions, figure, expected context): Session 10, a benchmark right before "by" and the figure is the one improved
DATASET_BY_CASES = [
    ("Across four medical reasoning benchmarks, it improves MedQA accuracy by 23.5% and MedXpertQA by 32.0% relative to the base generator.",
     [("MedQA", "benchmark"), ("MedXpertQA", "benchmark")], "32.0%", "MedXpertQA"),
    ("D-CoT boosts accuracy on GPQA-diamond by 9.9% and MMLU-Pro (0-shot) by 9.1%, while reducing costs.",
     [("GPQA-diamond", "benchmark"), ("MMLU-Pro", "benchmark")], "9.1%", "MMLU-Pro"),
    # negatives: an outdone name, a list of names, a named opening
    ("On WebQA, it attains a QA score of 47.6, surpassing prior models such as PERQA by +3.2.", [("WebQA", "dataset"), ("PERQA", "dataset")], "+3.2", "WebQA"),
    ("Educational filtering improves MedQA and MedMCQA by ~1%.", [("MedQA", "benchmark"), ("MedMCQA", "benchmark")], "~1%", "MedQA"),  # not MedMCQA
    ("On AccidentBench, CCTV-only training lifts Cosmos-Reason2 by +10.7 MCQ points.", [("AccidentBench", "benchmark"), ("Cosmos-Reason2", "dataset")],
     "+10.7", "AccidentBench"),
]


# Session 10: the model or dataset right before a bracket of "metric: figure" items is where those figures were measured
NAME_OF_BRACKET_CASES = [
    ("Link prediction evaluations with models like TransE (MR: 391, MRR: 0.411) and RotatE (MR: 263, MRR: 0.395) show competitive performance.",
     [("TransE", "method"), ("RotatE", "method")], "0.395", "RotatE"),
    ("ResNet50 achieved the best performance (F1: 91.35%, AUROC: 0.98), followed by BiomedCLIP (F1: 88.68%).",
     [("ResNet50", "method"), ("BiomedCLIP", "method")], "88.68%", "BiomedCLIP"),
    # negative: a verb between the name and the bracket
    ("ResNet50 achieved the best performance (F1: 91.35%, AUROC: 0.98).", [("ResNet50", "method")], "91.35%", None),
]


# the session-10 context readers above share one check: (text, mentions, figure, expected context)
SESSION10_CONTEXT_CASES = [*TASK_AFTER_CASES, *DATASET_LATER_CASES, *LABEL_BEFORE_CASES, *SHARED_NAMED_CASES, *DATASET_BY_CASES, *NAME_OF_BRACKET_CASES]


@pytest.mark.parametrize("text, mentions, figure, context", SESSION10_CONTEXT_CASES, ids=[f"{c[2]}->{c[3]}" for c in SESSION10_CONTEXT_CASES])
def test_session10_context_readers(text, mentions, figure, context):
    found = {text[q.start : q.end]: q for q in _with_mentions(text, mentions)}
    q = found[figure]
    assert q.claim is not None and q.claim.context == context, q.claim.why if q.claim else None



def test_name_with_dataset_word_before_the_figure_bracket():
    # session 11: "and Turkish AUTSL datasets (97.07% accuracy)": a dataset word may close the name before the bracket
    text = ("Experiments demonstrate state-of-the-art performance against existing methods on the Chinese SLR500 (reaching 97.1%) "
            "and Turkish AUTSL datasets (97.07% accuracy).")
    found = _with_mentions(text, [("Chinese SLR500", "dataset"), ("Turkish AUTSL", "dataset")])
    assert found[-1].claim.context == "Turkish AUTSL" and found[-1].claim.why["context"] == "context:name_bracket"


def test_bracket_items_must_be_names():
    # session 11: lower-case words in brackets after two figures ("(not pretrained)") are no bracketed settings
    text = "Benchmarks vary, while MultiWOZ shows accuracies of 78.2% (not pretrained) and 80.1% (fully pretrained)."
    found = [q for q in _with_mentions(text, [("MultiWOZ", "benchmark")]) if q.claim is not None]
    assert [q.claim.context for q in found] == ["MultiWOZ", "MultiWOZ"]


# (text, mentions, figure, expected context): session 11, a comparison in the figure's own clause does not end the search
# for a dataset named later in the sentence; a "while" clause does
DATASET_LATER_COMPARED_CASES = [
    ("Our model reaches a 95.13% F-score compared to EfficientNet with a 93.06% F-score on the RSNA dataset.",
     [("RSNA", "dataset")], "95.13%", "RSNA"),
    ("It achieves a 68x compute payload reduction when compared to RNN, CNN, and MLP models on FashionMNIST and MNIST datasets.",
     [("FashionMNIST", "dataset"), ("MNIST", "dataset")], "68x", "FashionMNIST"),
    ("Our method achieves a 31X speedup compared to models such as VideoCrafter2, while also attaining the highest score on VBench.",
     [("VBench", "benchmark")], "31X", None),
]


@pytest.mark.parametrize("text,mentions,figure,context", DATASET_LATER_COMPARED_CASES, ids=[c[2] for c in DATASET_LATER_COMPARED_CASES])
def test_dataset_later_past_a_comparison(text, mentions, figure, context):
    (q,) = [q for q in _with_mentions(text, mentions) if text[q.start : q.end] == figure]
    assert q.claim is not None and q.claim.context == context, q.claim.why


def test_change_takes_an_earlier_dataset_named_with_its_acronym():
    # session 11: a name and its bracketed acronym are one dataset, not a list of two
    text = ("This study introduces the India Pathology Breast Cancer Dataset (IPD-Breast), comprising IHC slides. "
            "Our network improves accuracy by over 5.35% compared to prior work.")
    (q,) = [q for q in _with_mentions(text, [("India Pathology Breast Cancer Dataset", "dataset"), ("IPD-Breast", "dataset")])
            if q.claim is not None]
    assert q.claim.context == "IPD-Breast" and q.claim.why["context"] == "context:document"


def test_model_a_change_verb_acts_on_is_not_the_metric():
    text = "Remarkably, TR-ICRL improves Qwen2.5-7B by 21.23% on MedQA."
    (q,) = _with_mentions(text, [("TR-ICRL", "method"), ("Qwen2.5-7B", "method"), ("MedQA", "benchmark")])
    assert q.claim.metric == "performance" and q.claim.context == "MedQA" and q.claim.direction == "increase"
    text = "Our agent outperforms the larger Qwen2.5-VL-72B (50.5% vs. 47.3%)."
    assert [q.claim.metric for q in _with_mentions(text, [("Qwen2.5-VL-72B", "method")])] == ["performance", "performance"]
    # a name the entity layer did not find stays what the verb changed
    (q,) = _with_mentions("Remarkably, TR-ICRL improves Qwen2.5-7B by 21.23% on MedQA.", [])
    assert q.claim.metric == "Qwen2.5-7B"
