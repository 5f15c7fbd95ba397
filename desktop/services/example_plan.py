"""The figures of the example set.  ALL OF THEM ARE ILLUSTRATIVE (예시), not announced.

They are shaped to respect the plan's totals: budget shares add to 100 % of the total
investment, and funding commitments add to exactly 2조원 with 31.7 % foreign capital.
"""

# percentage of the total investment per phase (sums to 100)
PHASE_BUDGET_SHARES = {1: 30, 2: 20, 3: 20, 4: 30}

# percentage of a phase's budget per category (sums to 100)
BUDGET_SHARES = {"land": 5, "design": 5, "building": 20, "power": 15, "cooling": 10,
                 "gpu_it": 35, "network": 5, "operations": 5}

# budget period per phase; phase 4 has no announced end, 2040-12 is an example assumption
PHASE_MONTHS = {1: ("2025-07", "2027-12"), 2: ("2028-01", "2030-12"),
                3: ("2031-01", "2035-12"), 4: ("2036-01", "2040-12")}

# actual cost as a fraction of the planned amount, month by month, for phase 1 lines
ACTUAL_FACTORS = {(1, "land"): (100, 100), (1, "design"): (108, 100), (1, "building"): (95, 100),
                  (1, "power"): (112, 100), (1, "cooling"): (90, 100), (1, "network"): (100, 100)}

# % complete of phase 1 budget lines as measured at "today" (earned value), example
LINE_PROGRESS = {"land": 100, "design": 92, "building": 50, "power": 52, "cooling": 45,
                 "gpu_it": 0, "network": 48, "operations": 0}

# phase, category, party, title, amount (won), signed on
COMMITMENTS = [
    (1, "land", None, "예시 부지 매입 계약", 30_000_000_000, "2025-08-20"),
    (1, "design", None, "예시 설계·감리 용역", 27_000_000_000, "2025-09-15"),
    (1, "building", "현대건설", "예시 건축 공사 도급", 115_000_000_000, "2026-02-02"),
    (1, "power", "현대건설", "예시 수변전 설비 공사", 40_000_000_000, "2026-05-04"),
    (1, "cooling", None, "예시 냉각 설비 구매", 25_000_000_000, "2026-07-01"),
]

# key, party, phase (None = whole project), signed on, currency, amount, FX rate (won per unit)
FUNDING = [
    ("nhn1", "NHN클라우드", 1, "2025-09-30", "KRW", 195_000_000_000, 1),
    ("nhn", "NHN클라우드", None, "2025-09-30", "KRW", 455_000_000_000, 1),
    ("hdec1", "현대건설", 1, "2025-10-31", "KRW", 124_650_000_000, 1),
    ("hdec", "현대건설", None, "2025-10-31", "KRW", 290_850_000_000, 1),
    ("tl1", "트랜스링크캐피탈", 1, "2025-11-14", "USD", 90_000_000, 1350),
    ("tl", "트랜스링크캐피탈", None, "2025-11-14", "USD", 210_000_000, 1350),
    ("tw1", "텐서웨이브", 1, "2025-12-05", "USD", 51_000_000, 1350),
    ("tw", "텐서웨이브", None, "2025-12-05", "USD", 119_000_000, 1350),
    ("ph1", "포항시", 1, "2025-12-19", "KRW", 45_000_000_000, 1),
    ("ph", "포항시", None, "2025-12-19", "KRW", 105_000_000_000, 1),
    ("gb1", "경상북도", 1, "2025-12-19", "KRW", 45_000_000_000, 1),
    ("gb", "경상북도", None, "2025-12-19", "KRW", 105_000_000_000, 1),
]

# commitment key, paid on, amount (in the commitment's currency), FX rate used
PAYMENTS = [
    ("nhn1", "2025-12-22", 39_000_000_000, 1),
    ("hdec1", "2026-01-16", 24_930_000_000, 1),
    ("tl1", "2026-01-15", 18_000_000, 1400),
    ("tw1", "2026-02-10", 10_200_000, 1420),
    ("ph1", "2026-03-31", 9_000_000_000, 1),
    ("gb1", "2026-03-31", 9_000_000_000, 1),
    ("nhn1", "2026-06-30", 39_000_000_000, 1),
    ("hdec1", "2026-07-15", 24_930_000_000, 1),
    ("tl1", "2026-07-10", 18_000_000, 1380),
    ("tw1", "2026-08-05", 10_200_000, 1390),
]

# wbs, name (ko), name (en), planned start, duration (working days), % complete by today,
# predecessors as (wbs, type, lag) — phase 1 work, example
TASKS = [
    ("1.0.1", "인허가 (예시)", "Permits (example)", "2025-07-01", 300, 100, ()),
    ("1.0.2", "기본·실시 설계 (예시)", "Design (example)", "2025-09-15", 320, 85, ()),
    ("1.0.3", "부지 조성 (예시)", "Site preparation (example)", "2026-10-01", 120, 10,
     (("1.0.1", "FS", 0),)),
    ("1.0.4", "건축 공사 (예시)", "Building works (example)", "2027-01-04", 200, 0,
     (("1.0.3", "SS", 40), ("1.0.2", "FS", 0))),
    ("1.0.5", "전력·변전 설비 (예시)", "Power and substation (example)", "2027-03-02", 160, 0,
     (("1.0.4", "SS", 40),)),
    ("1.0.6", "GPU 설치 (예시)", "GPU installation (example)", "2027-09-01", 60, 0,
     (("1.0.5", "FF", 0), ("1.0.4", "FS", -20))),
]

# example links from example tasks to the plan's milestones (predecessor wbs, milestone wbs)
MILESTONE_LINKS = [("1.0.6", "1.2")]

# phase, measured on, installed MW, installed GPUs (pilot hall, example)
CAPACITY = [
    (1, "2026-06-30", 0.0, 0),
    (1, "2026-09-30", 1.5, 512),
    (1, "2026-10-31", 2.0, 1_024),
]

# kpi code, reported on, value (example)
KPI_REPORTS = [
    ("value_added", "2026-06-30", 120_000_000_000),
    ("production_inducement", "2026-06-30", 310_000_000_000),
    ("jobs", "2026-06-30", 640),
]
