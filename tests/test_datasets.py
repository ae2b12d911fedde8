"""The evaluation datasets keep their invariants (evals/datasets/check_datasets.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_datasets_pass_their_checks():
    result = subprocess.run([sys.executable, str(ROOT / "evals" / "datasets" / "check_datasets.py")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "brief_claims_fresh.jsonl" in result.stdout
    assert "brief_claims_third.jsonl" in result.stdout
    assert "brief_claims_fourth.jsonl" in result.stdout
    assert "brief_claims_fifth.jsonl" in result.stdout
    assert "brief_claims_sixth.jsonl" in result.stdout
    assert "brief_claims_seventh.jsonl" in result.stdout
    assert "brief_claims_eighth.jsonl" in result.stdout
    assert "brief_claims_ninth.jsonl" in result.stdout
    assert "brief_claims_tenth.jsonl" in result.stdout
    assert "brief_claims_eleventh.jsonl" in result.stdout
    assert "brief_claims_twelfth.jsonl" in result.stdout
    assert "brief_claims_thirteenth.jsonl" in result.stdout
    assert "brief_claims_fourteenth.jsonl" in result.stdout
    assert "brief_claims_fifteenth.jsonl" in result.stdout
    assert "brief_claims_sixteenth.jsonl" in result.stdout
    assert "brief_claims_seventeenth.jsonl" in result.stdout
    assert "brief_claims_eighteenth.jsonl" in result.stdout
    assert "brief_claims_nineteenth.jsonl" in result.stdout
    assert "brief_claims_twentieth.jsonl" in result.stdout
    assert "brief_claims_twentyfirst.jsonl" in result.stdout
    assert "brief_claims_twentysecond.jsonl" in result.stdout
    assert "brief_claims_twentythird.jsonl" in result.stdout
    assert "brief_claims_twentyfourth.jsonl" in result.stdout
    assert "brief_claims_twentyfifth.jsonl" in result.stdout
    assert "brief_claims_twentysixth.jsonl" in result.stdout
    assert "brief_claims_twentyseventh.jsonl" in result.stdout
    assert "brief_claims_twentyeighth.jsonl" in result.stdout
    assert "brief_claims_twentyninth.jsonl" in result.stdout
    assert "brief_claims_thirtieth.jsonl" in result.stdout
    assert "brief_claims_thirtyfirst.jsonl" in result.stdout
    assert "brief_claims_thirtysecond.jsonl" in result.stdout
    assert "brief_claims_thirtythird.jsonl" in result.stdout
    assert "brief_claims_thirtyfourth.jsonl" in result.stdout
    assert "brief_claims_thirtyfifth.jsonl" in result.stdout
    assert "brief_claims_thirtysixth.jsonl" in result.stdout
    assert "brief_claims_thirtyseventh.jsonl" in result.stdout
    assert "brief_claims_thirtyeighth.jsonl" in result.stdout
    assert "brief_claims_thirtyninth.jsonl" in result.stdout
    assert "brief_claims_fortieth.jsonl" in result.stdout
    assert "brief_claims_fortyfirst.jsonl" in result.stdout
    assert "brief_claims_fortysecond.jsonl" in result.stdout
    assert "brief_claims_fortythird.jsonl" in result.stdout
    assert "brief_claims_fortyfourth.jsonl" in result.stdout
    assert "everyday_claims.jsonl" in result.stdout
    assert "everyday_claims_second.jsonl" in result.stdout
    assert "everyday_claims_third.jsonl" in result.stdout
    assert "everyday_claims_fourth.jsonl" in result.stdout
    assert "everyday_claims_fifth.jsonl" in result.stdout
    assert "everyday_claims_sixth.jsonl" in result.stdout
    assert "everyday_claims_seventh.jsonl" in result.stdout
    assert "everyday_claims_eighth.jsonl" in result.stdout
    assert "everyday_claims_ninth.jsonl" in result.stdout
    assert "everyday_claims_tenth.jsonl" in result.stdout
    assert "everyday_claims_eleventh.jsonl" in result.stdout
    assert "everyday_claims_twelfth.jsonl" in result.stdout
    assert "everyday_claims_thirteenth.jsonl" in result.stdout
    assert "everyday_claims_fourteenth.jsonl" in result.stdout
    assert "everyday_claims_fifteenth.jsonl" in result.stdout
    assert "everyday_claims_sixteenth.jsonl" in result.stdout
    assert "everyday_claims_seventeenth.jsonl" in result.stdout
    assert "everyday_claims_eighteenth.jsonl" in result.stdout
    assert "everyday_claims_nineteenth.jsonl" in result.stdout
    assert "everyday_claims_twentieth.jsonl" in result.stdout
    assert "everyday_claims_twentyfirst.jsonl" in result.stdout
    assert "everyday_claims_twentysecond.jsonl" in result.stdout
    assert "everyday_claims_twentythird.jsonl" in result.stdout
    assert "everyday_claims_twentyfourth.jsonl" in result.stdout
    assert "everyday_claims_twentyfifth.jsonl" in result.stdout
    assert "everyday_claims_twentysixth.jsonl" in result.stdout
    assert "everyday_claims_twentyseventh.jsonl" in result.stdout
    assert "everyday_claims_twentyeighth.jsonl" in result.stdout
    assert "everyday_claims_twentyninth.jsonl" in result.stdout
    assert "everyday_claims_thirtieth.jsonl" in result.stdout
    assert "everyday_claims_thirtyfirst.jsonl" in result.stdout
    assert "everyday_claims_thirtysecond.jsonl" in result.stdout
    assert "everyday_claims_thirtythird.jsonl" in result.stdout
    assert "everyday_claims_thirtyfourth.jsonl" in result.stdout
    assert "everyday_claims_thirtyfifth.jsonl" in result.stdout
    assert "everyday_claims_thirtysixth.jsonl" in result.stdout
    assert "everyday_claims_thirtyseventh.jsonl" in result.stdout
    assert "everyday_claims_thirtyeighth.jsonl" in result.stdout
    assert "everyday_claims_thirtyninth.jsonl" in result.stdout
    assert "everyday_claims_fortieth.jsonl" in result.stdout
    assert "halueval_qa_rest.jsonl" in result.stdout
    assert "halueval_qa_data_sample.jsonl" in result.stdout
