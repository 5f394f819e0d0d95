"""Entity mentions: found, typed, the paper's own told from others', acronyms resolved."""

import pytest
import spacy
from spacy.tokens import Doc

from extractor.canonical import entity_key
from extractor.entities import resolve_entity
from extractor.rules_data import read_lines, read_tsv


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sciclaims_abbreviations")
    nlp.add_pipe("sciclaims_entities")
    return nlp


def run(nlp, abstract, title=""):
    doc = nlp.make_doc(title + "\n\n" + abstract if title else abstract)
    doc._.sc_title_end = len(title)
    return nlp(doc)


def found(doc, type_=None, role=None):
    return {
        doc.text[m.start : m.end]
        for m in doc._.sc_mentions
        if (type_ is None or m.type == type_) and (role is None or m.role == role)
    }


def test_offsets_slice_the_doc_and_fields_are_valid(nlp):
    doc = run(nlp, "We propose FooNet, which beats BERT and GPT-4 on GLUE with 3% higher accuracy.", "FooNet: a model")
    assert doc._.sc_mentions
    for m in doc._.sc_mentions:
        assert 0 <= m.start < m.end <= len(doc.text)
        assert m.type in {"method", "dataset", "benchmark", "metric", "task"}
        assert (m.role in {"proposed", "mentioned"}) == (m.type == "method")
        assert m.rule


def test_proposed_and_mentioned_methods(nlp):
    doc = run(nlp, "We propose FooNet, a new network. FooNet outperforms LoRA and XGBoost by 3%.")
    assert found(doc, "method", "proposed") == {"FooNet"}
    assert {"LoRA", "XGBoost"} <= found(doc, "method", "mentioned")


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("In this paper, we introduce QuokkaNet to solve the task.", "QuokkaNet"),
        ("We present a novel method called Strip-MLP to enrich tokens.", "Strip-MLP"),
        ("We build a system called DiskGNN, which is fast.", "DiskGNN"),
        ("Our adapted summarization model urT5 is small.", "urT5"),
        ("Secondly, a Cascade Group Strip Mixing Module (CGSMM) is proposed to help.", "CGSMM"),
    ],
)
def test_proposal_cues(nlp, abstract, name):
    assert name in found(run(nlp, abstract), "method", "proposed")


def test_title_prefix_names_the_proposed_method(nlp):
    doc = run(nlp, "Hiformer learns feature interactions for ranking.", "Hiformer: Heterogeneous Feature Interactions")
    assert "Hiformer" in found(doc, "method", "proposed")


def test_title_phrase_of_common_words_is_not_a_name(nlp):
    doc = run(nlp, "We study prompts for sensing.", "Talk is Not Always Cheap: Promoting Sensing Models")
    assert not found(doc, "method", "proposed")


def test_acronym_and_long_form_are_one_proposed_entity(nlp):
    doc = run(nlp, "We propose a hierarchical gated convolutional network (HGCN). HGCN is fast.")
    methods = [m for m in doc._.sc_mentions if m.type == "method"]
    assert {doc.text[m.start : m.end] for m in methods} == {"hierarchical gated convolutional network", "HGCN"}
    assert {m.entity for m in methods} == {"HGCN"}
    assert all(m.role == "proposed" for m in methods)
    assert [(a.alias, a.entity, a.type) for a in doc._.sc_aliases] == [
        ("hierarchical gated convolutional network", "HGCN", "method")
    ]


def test_generic_families_and_hardware_are_not_methods(nlp):
    doc = run(
        nlp,
        "Large language models (LLMs) and convolutional neural networks (CNNs) use reinforcement learning "
        "on A100 GPUs and FPGA boards over WiFi.",
    )
    assert not found(doc, "method")


def test_datasets_from_gazetteer_and_context(nlp):
    doc = run(nlp, "We validate our results on the RADIal, CARRADA, and Radatron datasets and on ImageNet.")
    assert {"RADIal", "CARRADA", "Radatron", "ImageNet"} <= found(doc, "dataset") | found(doc, "benchmark")
    assert not found(doc, "method")


def test_benchmark_type_from_the_text(nlp):
    doc = run(nlp, "Results on the FooBar benchmark and on MMLU are reported.")
    assert {"FooBar", "MMLU"} <= found(doc, "benchmark")


def test_a_span_has_one_type(nlp):
    doc = run(nlp, "We evaluate BERT on SQuAD 2.0 and ImageNet-1k with ResNet-50.")
    spans = [(m.start, m.end) for m in doc._.sc_mentions]
    assert len(spans) == len(set(spans))
    assert "SQuAD 2.0" in found(doc, "dataset")
    assert "ResNet-50" in found(doc, "method")


def test_capitalised_words_need_a_cue(nlp):
    doc = run(nlp, "Results of Ginex vary. We compare DiskGNN with Ginex and MariusGNN.")
    assert {"Ginex", "MariusGNN"} <= found(doc, "method")
    doc = run(nlp, "The NLP and RFID communities met in Vienna.")
    assert not found(doc, "method") and not found(doc, "dataset")


def test_metrics_use_the_shared_lexicon_and_need_a_figure_when_vague(nlp):
    doc = run(nlp, "Our model reaches 77.6% Dice and reduces latency by 30%. Memory is a concern in general.")
    metrics = {doc.text[m.start : m.end]: m.entity for m in doc._.sc_mentions if m.type == "metric"}
    assert "Dice" in metrics and metrics["Dice"] == "Dice score"
    assert "latency" in metrics
    assert "Memory" not in metrics


def test_versions_stay_distinct_and_variants_merge():
    assert entity_key("GPT-3") != entity_key("GPT-4")
    assert entity_key("ImageNet-1k") == entity_key("ImageNet-1K")
    assert entity_key("Llama 3") == entity_key("Llama-3")


def test_resolve_entity_for_claims(nlp):
    doc = run(nlp, "Our method outperforms LoRA on GLUE by 2 points.")
    assert resolve_entity(doc, "LoRA").name == "LoRA"
    assert resolve_entity(doc, "the GLUE benchmark").type == "benchmark"
    assert resolve_entity(doc, "nothing known") is None


def test_extensions_are_registered():
    for name in ("sc_mentions", "sc_aliases", "sc_abbreviations"):
        assert Doc.has_extension(name)


def test_rules_files_have_header_comments_and_load():
    for name in ("gazetteer_methods.tsv", "gazetteer_datasets.tsv", "gazetteer_tasks.tsv", "gazetteer_curated.tsv",
                 "entity_heads.tsv", "metric_mentions.tsv"):
        assert read_tsv(name)
    for name in ("generic_methods.txt", "stop_names.txt", "languages.txt", "common_words.txt", "entity_patterns.jsonl"):
        assert read_lines(name)


def entities_of(doc, type_):
    return {(doc.text[m.start : m.end], m.entity) for m in doc._.sc_mentions if m.type == type_}


def test_corpus_head_joins_a_dataset_name_written_with_it(nlp):
    doc = run(nlp, "We report results on the Europarl corpus and on the MNIST dataset.")
    datasets = found(doc, "dataset")
    assert "Europarl corpus" in datasets  # "corpus" is part of the name, as TDMSci writes it
    assert "MNIST" in datasets and "MNIST dataset" not in datasets  # "dataset" stays outside, as our gold writes it
    assert ("Europarl corpus", "Europarl") in entities_of(doc, "dataset")  # still the entity Europarl


def test_corpus_head_is_not_joined_when_the_paper_also_writes_the_name_bare(nlp):
    doc = run(nlp, "We train on the Europarl corpus. Europarl has 21 languages.")
    assert found(doc, "dataset") == {"Europarl"}


def test_language_names_are_not_datasets(nlp):
    doc = run(nlp, "We evaluate on German and Spanish, and on the XNLI dataset.")
    assert "XNLI" in found(doc, "dataset")
    assert not {"German", "Spanish"} & (found(doc, "dataset") | found(doc, "method"))


def test_a_listed_dataset_name_after_a_data_cue(nlp):
    doc = run(nlp, "We use three existing datasets with explanations: e-SNLI, TACRED, and SemEval.")
    assert {"TACRED", "SemEval"} <= found(doc, "dataset") | found(doc, "benchmark")


@pytest.mark.parametrize(
    "title, expected",
    [
        ("FFSplit: Split Feed-Forward Network For Optimizing Accuracy-Efficiency Trade-off",
         {"FFSplit", "Split Feed-Forward Network"}),
        ("DOGe: Defensive Output Generation for LLM Protection", {"DOGe", "Defensive Output Generation"}),
        ("ReSim: Reliable World Simulation for Autonomous Driving", {"ReSim"}),
        ("DiskGNN: Bridging I/O Efficiency and Model Accuracy for GNN Training", {"DiskGNN"}),
    ],
)
def test_title_description_spelling_out_the_name_is_proposed(nlp, title, expected):
    doc = run(nlp, "Experiments show gains.", title)
    assert found(doc, "method", "proposed") == expected


def test_title_prefix_of_common_words_said_to_be_a_method(nlp):
    title = "Layer-Wise Quantization: A Pragmatic and Effective Method for Quantizing LLMs"
    assert "Layer-Wise Quantization" in found(run(nlp, "We quantize layers.", title), "method", "proposed")
    survey = "Deep Learning: A Survey of Recent Advances"
    assert not found(run(nlp, "We review the field.", survey), "method", "proposed")


def test_title_prefix_confirmed_by_the_abstract_or_written_as_an_acronym(nlp):
    title = "Stitch: Training-Free Position Control in Multimodal Diffusion Transformers"
    doc = run(nlp, "We propose Stitch, a training-free method for position control.", title)
    assert "Stitch" in found(doc, "method", "proposed")
    title = "MATCH: Multi-faceted Adaptive Topo-Consistency for Segmentation"
    doc = run(nlp, "We segment histopathology images.", title)
    assert "MATCH" in found(doc, "method", "proposed")
    doc = run(nlp, "We propose Attention over documents.")
    assert not found(doc, "method", "proposed")


def test_title_lead_name_is_proposed_when_the_abstract_names_it(nlp):
    title = "TopicBERT for Energy Efficient Document Classification"
    doc = run(nlp, "We learn topics and language jointly in a unified framework, named TopicBERT.", title)
    assert "TopicBERT" in found(doc, "method", "proposed")
    doc = run(nlp, "We fine-tune BERT on two tasks.", "BERT for Joint Intent Classification and Slot Filling")
    assert "BERT" not in found(doc, "method", "proposed")


def test_name_before_a_comma_and_passive_cue_is_proposed(nlp):
    doc = run(nlp, "Therefore, a novel hybrid framework, CE-RS-SBCIT, is introduced, integrating residual learning.")
    assert "CE-RS-SBCIT" in found(doc, "method", "proposed")


def test_name_after_our_methods_head_noun_is_proposed(nlp):
    doc = run(nlp, "Our proposed efficient retrieval-based sequence construction method, BM25Chunk, helps.")
    assert "BM25Chunk" in found(doc, "method", "proposed")
    doc = run(nlp, "We find that our method outperforms the strong baseline, BM25Chunk, on all tasks.")
    assert "BM25Chunk" not in found(doc, "method", "proposed")


def metrics_found(doc):
    return {doc.text[m.start : m.end] for m in doc._.sc_mentions if m.type == "metric"}


def test_precision_and_recall_listed_together_are_metrics(nlp):
    doc = run(nlp, "We report precision, recall and F1 for every relation type.")
    assert {"precision", "recall"} <= metrics_found(doc)
    doc = run(nlp, "Quantization lowers the numerical precision of the weights.")
    assert "precision" not in metrics_found(doc)


def test_ambiguous_metric_acronyms_need_a_figure(nlp):
    assert "ASR" not in metrics_found(run(nlp, "We study ASR for low-resource languages."))
    assert "ASR" in metrics_found(run(nlp, "The attack reaches an ASR of 95% on GPT-4."))
