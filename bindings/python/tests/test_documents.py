"""``screening.documents``: every paper of the example case as ``.docx`` (opened
with python-docx, a real reader) and HTML, with the fields a branch signs; the
explanation sheet apart; errors with their stable codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Dict, List

import docx  # python-docx
import pytest

import screening
from screening import documents

REPO_ROOT = Path(__file__).resolve().parents[3]
CASE = REPO_ROOT / "examples" / "case-DV-0042.json"
CONTEXT = REPO_ROOT / "examples" / "context-DV-0042.json"

#: Every document the example case has: (function, event).
PAPERS = [
    ("vote_record", 3),
    ("vote_record", 8),
    ("vote_record", 11),
    ("approval_list", 3),
    ("approval_list", 8),
    ("resolution", 7),
    ("resolution", 8),
    ("resolution", 10),
    ("resolution", 11),
]


def make(name: str, event: int, fmt: str, **kw: Any) -> Any:
    fn = getattr(documents, name)
    return fn(CASE, event=event, context=CONTEXT, format=fmt, **kw)


def docx_text(data: bytes) -> str:
    """Every paragraph of the body and of every table cell, in order."""
    d = docx.Document(io.BytesIO(data))
    parts: List[str] = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


@pytest.mark.parametrize("name,event", PAPERS)
def test_every_paper_of_the_example_opens_in_python_docx_and_html(name: str, event: int) -> None:
    data = make(name, event, "docx")
    assert isinstance(data, bytes)
    text = docx_text(data)
    html = make(name, event, "html")
    assert isinstance(html, str) and html.startswith("<!DOCTYPE html>")
    for field in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Hà Tĩnh, ngày",
        "Trần Văn Bình",
    ):
        assert field in text, (field, text)
        assert field in html, field


def test_the_vote_record_of_the_second_screening_has_its_fields() -> None:
    d = docx.Document(io.BytesIO(make("vote_record", 11, "docx")))
    text = docx_text(make("vote_record", 11, "docx"))
    width, height = d.sections[0].page_width, d.sections[0].page_height
    assert width is not None and height is not None
    assert abs(width.mm - 210) < 1 and abs(height.mm - 297) < 1
    for field in (
        "BIÊN BẢN KIỂM PHIẾU",
        "Hà Tĩnh, ngày 18 tháng 3 năm 2025",
        "Vào hồi 8 giờ 00, ngày 18 tháng 3 năm 2025, tại Phòng họp tầng 2",
        "Chủ trì hội nghị: đồng chí Nguyễn Văn An; thư ký hội nghị: đồng chí Hoàng Thị Em.",
        "Ban kiểm phiếu gồm: đồng chí Vũ Văn Phúc, Trưởng ban; đồng chí Đặng Thị Giang, ủy viên.",
        "Người được phân công theo dõi, giúp đỡ: đồng chí Phạm Văn Dũng",
        "Tổng số đảng viên chính thức của chi bộ",
        "Số đảng viên chính thức làm căn cứ tính tỷ lệ",
        "Số phiếu phát ra",
        "Số phiếu thu vào",
        "Số phiếu hợp lệ",
        "Số phiếu không hợp lệ",
        "2 (18,18%)",
        "9 (81,81%)",
        "Kết quả: Không đạt.",
        "Kết quả: Đạt.",
        "T/M BAN KIỂM PHIẾU",
        "TRƯỞNG BAN",
        "CÁC ỦY VIÊN",
        "Biên bản lập xong hồi 10 giờ 30",
    ):
        assert field in text, (field, text)
    # The base and its parts, as table rows: label, number.
    rows: Dict[str, str] = {}
    for table in d.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if len(cells) == 2:
                rows.setdefault(cells[0], cells[1])
    assert rows["Tổng số đảng viên chính thức của chi bộ"] == "12"
    assert rows["Đảng viên được miễn công tác và sinh hoạt đảng"] == "1"
    assert rows["Số đảng viên chính thức làm căn cứ tính tỷ lệ"] == "11"
    assert rows["Trong đó: có mặt"] == "10"
    assert rows["Trong đó: vắng mặt"] == "1"
    # No tellers' count in the case file: blank, and "no" is not absent members.
    assert rows["Số phiếu phát ra"] == "……"
    assert rows["Số phiếu không đồng ý (tỷ lệ so với số đảng viên làm căn cứ)"] == "……"


def test_the_list_has_its_columns_and_signs_for_the_chi_uy() -> None:
    d = docx.Document(io.BytesIO(make("approval_list", 3, "docx")))
    width, height = d.sections[0].page_width, d.sections[0].page_height
    assert width is not None and height is not None and width > height  # landscape
    heads = [[c.text for c in t.rows[0].cells] for t in d.tables]
    assert [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Ngày vào Đảng, ngày chính thức",
        "Chức vụ, đơn vị công tác",
        "Tiêu chí, nội dung vi phạm",
        "Số phiếu đồng ý, tỷ lệ",
        "Ghi chú",
    ] in heads
    text = docx_text(make("approval_list", 3, "docx"))
    for field in ("DANH SÁCH", "1979", "19/5/2004", "9/11 (81,81%)", "T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn An"):
        assert field in text, (field, text)


def test_the_mentor_resolution() -> None:
    text = docx_text(make("resolution", 7, "docx"))
    for field in (
        "NGHỊ QUYẾT",
        "Phân công đồng chí Lê Thị Cúc, chi ủy viên, theo dõi, giúp đỡ đồng chí Trần Văn Bình",
        "sàng lọc từ ngày 04 tháng 3 năm 2024",
        "T/M CHI BỘ",
    ):
        assert field in text, (field, text)


def test_markdown_and_the_explanation_sheet() -> None:
    md = documents.vote_record(CASE, event=11, context=CONTEXT, format="md")
    committed = (REPO_ROOT / "docs" / "examples" / "vote-record-DV-0042-event-11.md").read_text(encoding="utf-8")
    assert md == committed
    sheet = documents.vote_record(CASE, event=11, format="md", explain=True)
    assert "T1: 3 × 9 = 27 ≥ 2 × 11 = 22" in sheet
    assert "S3.3" in sheet and "S3.3" not in md


def test_sources_may_be_text_bytes_or_dicts() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    a = documents.resolution(case, event=11, context=context, format="md")
    b = documents.resolution(CASE.read_text(encoding="utf-8"), event=11, context=CONTEXT.read_bytes(), format="md")
    assert a == b
    assert "Trần Văn Bình" in a
    lst = documents.approval_list([case], event=8, format="html")
    assert "tiếp tục giáo dục, giúp đỡ" in lst


@pytest.mark.parametrize(
    "name,event,code",
    [
        ("vote_record", 0, "not_a_ballot"),
        ("vote_record", 16, "no_such_event"),
        ("approval_list", 11, "not_on_a_list"),
        ("resolution", 3, "not_a_resolution"),
    ],
)
def test_errors_have_stable_codes_and_both_languages(name: str, event: int, code: str) -> None:
    with pytest.raises(screening.ScreeningError) as info:
        make(name, event, "md")
    assert info.value.code == code
    assert info.value.message_vi and info.value.message_en
    assert info.value.message_vi != info.value.message_en


def test_a_context_with_an_unknown_field_is_refused_with_its_path() -> None:
    bad = {"format": "screening-context/1", "meetings": [{"event": 11, "tellers": {"lead": "A"}}]}
    with pytest.raises(screening.ScreeningError) as info:
        documents.vote_record(CASE, event=11, context=bad, format="md")
    assert info.value.code == "malformed_context"
    assert "meetings[0].tellers.lead" in info.value.message_en


def test_a_refused_case_keeps_the_core_code() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["events"][3]["by"] = "member"
    with pytest.raises(screening.RefusedEvent) as info:
        documents.vote_record(case, event=3, format="md")
    assert info.value.code == "wrong_body"
    with pytest.raises(ValueError):
        documents.vote_record(CASE, event=3, format="pdf")  # type: ignore[call-overload]
