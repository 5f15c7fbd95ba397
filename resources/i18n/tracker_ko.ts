<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>모든 표</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>감사 추적 검증</translation>
    </message>
    <message>
        <source>Export (CSV)…</source>
        <translation>내보내기(CSV)…</translation>
    </message>
    <message>
        <source>%1 audit rows shown (newest first).</source>
        <translation>감사 기록 %1건 (최근 순)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>감사 추적 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>Even over the months</source>
        <translation>월별 균등</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>S자 곡선</translation>
    </message>
    <message>
        <source>Typed month by month</source>
        <translation>월별 직접 입력</translation>
    </message>
    <message>
        <source>e.g. 1,200억 or 120,000,000,000</source>
        <translation>예: 1,200억 또는 120,000,000,000</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Planned (won)</source>
        <translation>계획액(원)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>항목명</translation>
    </message>
    <message>
        <source>Budget (BAC)</source>
        <translation>예산 (BAC)</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>시작 월</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>종료 월</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>월별 배분</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>월별 계획</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Phase %1 %2</source>
        <translation>%1단계 %2</translation>
    </message>
    <message>
        <source>Budget %1 (the total investment is not set)</source>
        <translation>실행예산 %1 (총사업비 미정)</translation>
    </message>
    <message>
        <source>%1 over the total investment</source>
        <translation>총사업비보다 %1 많음</translation>
    </message>
    <message>
        <source>%1 not yet budgeted</source>
        <translation>%1 미편성</translation>
    </message>
    <message>
        <source>equal to the total investment</source>
        <translation>총사업비와 같음</translation>
    </message>
    <message>
        <source>Budget %1 of the total investment %2: %3</source>
        <translation>실행예산 %1 / 총사업비 %2: %3</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>끝까지</translation>
    </message>
    <message>
        <source>Enter actual cost</source>
        <translation>집행 실적 입력</translation>
    </message>
    <message>
        <source>Enter progress</source>
        <translation>진척률 입력</translation>
    </message>
    <message>
        <source>Enter estimate to complete</source>
        <translation>잔여 소요 추정액 입력</translation>
    </message>
    <message>
        <source>EAC method</source>
        <translation>EAC 산정 방식</translation>
    </message>
    <message>
        <source>Budget variance and earned value</source>
        <translation>예산 차이와 성과(EVM)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>AC + ETC (bottom-up)</source>
        <translation>AC + ETC (상향식)</translation>
    </message>
    <message>
        <source>Enter costs…</source>
        <translation>집행 입력…</translation>
    </message>
    <message>
        <source>Add budget line…</source>
        <translation>예산 항목 추가…</translation>
    </message>
    <message>
        <source>Edit line…</source>
        <translation>항목 수정…</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Contracts…</source>
        <translation>계약…</translation>
    </message>
    <message>
        <source>Import from a sheet</source>
        <translation>엑셀/CSV 가져오기</translation>
    </message>
    <message>
        <source>Budget lines (.xlsx/.csv)…</source>
        <translation>예산 항목 (.xlsx/.csv)…</translation>
    </message>
    <message>
        <source>Contracts (.xlsx/.csv)…</source>
        <translation>계약 (.xlsx/.csv)…</translation>
    </message>
    <message>
        <source>Progress (.xlsx/.csv)…</source>
        <translation>진척률 (.xlsx/.csv)…</translation>
    </message>
    <message>
        <source>No budget line yet. Enter the execution budget (실행예산) line by line — phase, category, amount and period — or import it from the office&apos;s sheet. Costs, progress and earned value build on these lines.</source>
        <translation>아직 예산 항목이 없습니다. 실행예산을 항목별로(단계, 분류, 금액, 기간) 입력하거나 부서에서 관리하는 엑셀 파일에서 가져오십시오. 집행 실적, 진척률과 기성 가치(EV)는 이 항목을 기준으로 계산됩니다.</translation>
    </message>
    <message>
        <source>Add the first budget line…</source>
        <translation>첫 예산 항목 추가…</translation>
    </message>
    <message>
        <source>Import budget lines from a sheet…</source>
        <translation>엑셀에서 예산 항목 가져오기…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel로 내보내기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Capacity measurement</source>
        <translation>용량 측정</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>측정일</translation>
    </message>
    <message>
        <source>Installed MW</source>
        <translation>설치 MW</translation>
    </message>
    <message>
        <source>Energised MW</source>
        <translation>가동 MW</translation>
    </message>
    <message>
        <source>Installed GPUs</source>
        <translation>설치 GPU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Installed power</source>
        <translation>설치 전력</translation>
    </message>
    <message>
        <source>Installed GPUs</source>
        <translation>설치 GPU</translation>
    </message>
    <message>
        <source>GPUs per MW</source>
        <translation>MW당 GPU</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>측정 %1</translation>
    </message>
    <message>
        <source>%1 target %2 by %3</source>
        <translation>%1 목표 %2 (%3까지)</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>측정 기록 없음</translation>
    </message>
    <message>
        <source>final goal %1</source>
        <translation>최종 목표 %1</translation>
    </message>
    <message>
        <source>Planned scale and installed capacity</source>
        <translation>계획 규모와 설치 용량</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>전력 (MW)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU (장)</translation>
    </message>
    <message>
        <source>Planned (end of phase)</source>
        <translation>계획 (단계 말)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치</translation>
    </message>
    <message>
        <source>Energised</source>
        <translation>가동</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>아직 측정값이 없습니다</translation>
    </message>
    <message>
        <source>Each month, enter the capacity installed (and energised) in each phase as the contractor or the operator reports it, with its source. The figures are judged against the current phase&apos;s target.</source>
        <translation>매월 시공사나 운영사가 보고한 단계별 설치 용량(및 가동 용량)을 출처와 함께 입력하십시오. 수치는 현재 단계의 목표와 비교해 판단합니다.</translation>
    </message>
    <message>
        <source>Delete capacity measurement</source>
        <translation>용량 측정 삭제</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Phase targets (scale at the end of each phase)</source>
        <translation>단계별 목표 (단계 말 시설 규모)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>측정 기록</translation>
    </message>
    <message>
        <source>Add measurement…</source>
        <translation>측정 추가…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>차트를 PDF로 저장…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Funding commitment</source>
        <translation>투자 약정</translation>
    </message>
    <message>
        <source>e.g. 1,000억 or 75,000,000</source>
        <translation>예: 1,000억 또는 75,000,000</translation>
    </message>
    <message>
        <source>Planned (not signed yet): counts only in the what-if</source>
        <translation>계획 (미체결): 가정 분석에만 반영</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Exchange rate (won per unit)</source>
        <translation>환율 (단위당 원)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>e.g. 1,150억 or 115,000,000,000</source>
        <translation>예: 1,150억 또는 115,000,000,000</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>계약 상대</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>계약명</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>계약 금액(원)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>계약일</translation>
    </message>
</context>
<context>
    <name>ContractorImportDialog</name>
    <message>
        <source>Import a contractor&apos;s schedule</source>
        <translation>협력사 공정표 가져오기</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>공정표</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>협력사</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>A new schedule “%1”, version 1</source>
        <translation>새 공정표 “%1”의 1차 버전</translation>
    </message>
    <message>
        <source>Version %1 of “%2”</source>
        <translation>기존 공정표 “%2”의 %1차 버전</translation>
    </message>
    <message>
        <source>%1 (%2), project “%3”</source>
        <translation>%1 (%2), 프로젝트 “%3”</translation>
    </message>
    <message>
        <source>%1 activities (%2 milestones), %3 WBS summaries, %4 links, %5 calendars, baselines: %6</source>
        <translation>작업 %1개 (마일스톤 %2개), WBS %3개, 연결 %4개, 달력 %5개, 기준선: %6</translation>
    </message>
    <message>
        <source>Start %1, status date %2, finish %3, a working day of %4 h</source>
        <translation>시작 %1, 기준일 %2, 완료 %3, 하루 %4시간 근무</translation>
    </message>
    <message>
        <source>The application&apos;s engine, fed the file on its own calendars, start and status date, gives %1 of %2 activities the file&apos;s own dates. The file&apos;s dates are stored as they are.</source>
        <translation>파일의 달력·시작일·기준일로 이 프로그램의 계산 엔진이 다시 계산하면 작업 %2개 중 %1개가 파일의 날짜와 같습니다. 저장은 파일의 날짜 그대로 합니다.</translation>
    </message>
</context>
<context>
    <name>ContractorPanel</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>“%1”의 버전</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>%1, version %2 (%3)</source>
        <translation>%1, %2차 버전 (%3)</translation>
    </message>
    <message>
        <source>No version to check.</source>
        <translation>점검할 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The review compares a version with the one before it: import the next monthly update to see what changed.</source>
        <translation>변경 검토는 한 버전을 그 앞 버전과 비교합니다. 다음 달 갱신본을 가져오면 바뀐 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>The project&apos;s own schedule</source>
        <translation>프로젝트 자체 일정</translation>
    </message>
    <message>
        <source>Import a contractor&apos;s schedule</source>
        <translation>협력사 공정표 가져오기</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.xer);;MS Project XML (*.xml);;Primavera P6 (*.xer)</source>
        <translation>공정표 (*.xml *.xer);;MS Project XML (*.xml);;Primavera P6 (*.xer)</translation>
    </message>
    <message>
        <source>The file holds several projects. Which one?</source>
        <translation>파일에 프로젝트가 여러 개 있습니다. 어느 프로젝트를 가져올까요?</translation>
    </message>
    <message>
        <source>(not tied)</source>
        <translation>(연결 안 함)</translation>
    </message>
    <message>
        <source>Tie to a milestone</source>
        <translation>마일스톤에 연결</translation>
    </message>
    <message>
        <source>The latest finish of “%1” becomes the forecast of the milestone chosen; its deadline then bounds the schedule&apos;s float.</source>
        <translation>“%1”의 최신 버전 완료일이 선택한 마일스톤의 예상일이 되고, 그 마일스톤의 기한이 공정표의 여유를 제한합니다.</translation>
    </message>
    <message>
        <source>Tie a contractor&apos;s schedule</source>
        <translation>협력사 공정표 연결</translation>
    </message>
    <message>
        <source>Contractor schedules</source>
        <translation>협력사 일정</translation>
    </message>
    <message>
        <source>Contractors&apos; schedules as they sent them, one version per monthly update, beside the plan (never merged into its tasks). Each version keeps the file&apos;s own calendars, dates, floats and critical path. A schedule tied to a plan milestone forecasts it: the milestone&apos;s deadline minus the schedule&apos;s finish, in the schedule&apos;s working days, is the float left.</source>
        <translation>협력사가 보낸 공정표를 매월 갱신본마다 한 버전씩, 사업 계획과 따로 보관합니다(계획의 작업에 합치지 않음). 각 버전은 파일의 달력, 날짜, 여유, 주공정을 그대로 유지합니다. 계획의 마일스톤에 연결한 공정표는 그 마일스톤의 예상일을 정하며, 마일스톤 기한에서 공정표 완료일까지의 공정표 작업일 수가 남은 여유입니다.</translation>
    </message>
    <message>
        <source>Import a version…</source>
        <translation>버전 가져오기…</translation>
    </message>
    <message>
        <source>Tie to a milestone…</source>
        <translation>마일스톤에 연결…</translation>
    </message>
    <message>
        <source>Check the project&apos;s own schedule</source>
        <translation>프로젝트 자체 일정 점검</translation>
    </message>
    <message>
        <source>No contractor&apos;s schedule yet: import an MS Project XML (.xml) or Primavera P6 (.xer) file.</source>
        <translation>아직 협력사 공정표가 없습니다. MS Project XML(.xml) 또는 Primavera P6(.xer) 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>Update review</source>
        <translation>변경 검토</translation>
    </message>
    <message>
        <source>Quality check (DCMA 14 points)</source>
        <translation>품질 점검 (DCMA 14개 항목)</translation>
    </message>
</context>
<context>
    <name>ContractorSections</name>
    <message>
        <source>Activities added</source>
        <translation>작업 추가</translation>
    </message>
    <message>
        <source>Activities deleted</source>
        <translation>작업 삭제</translation>
    </message>
    <message>
        <source>Durations changed</source>
        <translation>기간 변경</translation>
    </message>
    <message>
        <source>Links added, removed or changed</source>
        <translation>연결 추가·삭제·변경</translation>
    </message>
    <message>
        <source>Constraints changed</source>
        <translation>제약 변경</translation>
    </message>
    <message>
        <source>Calendars changed</source>
        <translation>달력 변경</translation>
    </message>
    <message>
        <source>Finishes moved</source>
        <translation>완료일 이동</translation>
    </message>
    <message>
        <source>Progress this period</source>
        <translation>이번 기간 진척</translation>
    </message>
    <message>
        <source>Float eroded</source>
        <translation>여유 감소</translation>
    </message>
    <message>
        <source>Contractors&apos; schedule updates</source>
        <translation>협력사 공정표 변경 검토</translation>
    </message>
    <message>
        <source>Latest version of each schedule against the one before it (changes counted per activity or link)</source>
        <translation>공정표별 최신 버전과 직전 버전 비교 (작업·연결 단위 변경 건수)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>%1 (v%2 → v%3)</source>
        <translation>%1 (%2차 → %3차)</translation>
    </message>
    <message>
        <source>contractor not recorded</source>
        <translation>협력사 미지정</translation>
    </message>
    <message>
        <source>%1 (%2): version %3 received, status date %4</source>
        <translation>%1 (%2): %3차 버전 접수, 기준일 %4</translation>
    </message>
    <message>
        <source>First version: nothing to compare yet (finish %1)</source>
        <translation>최초 버전으로 비교 대상 없음 (완료 %1)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변동 없음</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>Finish: %1 → %2 (%3)</source>
        <translation>준공(마지막 완료일): %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Critical path: %1 → %2 activities (%3 joined, %4 left)</source>
        <translation>주공정: %1개 → %2개 작업 (새로 주공정 %3, 주공정에서 빠짐 %4)</translation>
    </message>
    <message>
        <source>Tied milestone %1 (deadline %2): forecast %3 → %4, float to the deadline %5 → %6 days</source>
        <translation>연결 마일스톤 %1 (기한 %2): 전망일 %3 → %4, 기한까지 여유 %5일 → %6일</translation>
    </message>
    <message>
        <source>Finish moved most: %1 %2, %3 days (now %4)</source>
        <translation>최대 지연 작업: %1 %2, %3일 (현재 완료 %4)</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <source>Contracts</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>계약일</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>계약 상대</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>계약명</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>계약 금액(원)</translation>
    </message>
    <message>
        <source>Add contract…</source>
        <translation>계약 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>DcmaPage</name>
    <message>
        <source>%1: nothing fails.</source>
        <translation>%1: 미달 항목이 없습니다.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>%1 — failing (%2): %3</source>
        <translation>%1 — 미달 %2건: %3</translation>
    </message>
</context>
<context>
    <name>EffectsPanel</name>
    <message>
        <source>Reported against target</source>
        <translation>목표 대비 실적</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>목표 대비 %</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>보고 실적 없음</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Add expected-effect report</source>
        <translation>기대 효과 실적 추가</translation>
    </message>
    <message>
        <source>Delete expected-effect report</source>
        <translation>기대 효과 실적 삭제</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Targets and latest reports</source>
        <translation>목표와 최근 보고</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Add report…</source>
        <translation>실적 추가…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>아직 보고값이 없습니다</translation>
    </message>
    <message>
        <source>Enter the value added, production inducement and jobs as they are reported (by a study, the operator or the city), each with its date and source.</source>
        <translation>부가가치, 생산 유발 효과, 고용 유발 인원이 (연구 용역, 운영사, 시 등에서) 보고되면 보고일과 출처를 함께 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>EstimateSection</name>
    <message>
        <source>Duration estimates (optimistic / most likely / pessimistic, working days)</source>
        <translation>기간 추정(낙관 / 최빈 / 비관, 작업일)</translation>
    </message>
    <message>
        <source>Spread for every task…</source>
        <translation>모든 작업에 범위 적용…</translation>
    </message>
    <message>
        <source>Spread for the selected task…</source>
        <translation>선택한 작업에 범위 적용…</translation>
    </message>
    <message>
        <source>Clear the selected task&apos;s estimate</source>
        <translation>선택한 작업의 추정 삭제</translation>
    </message>
    <message>
        <source>Spread for every task</source>
        <translation>모든 작업에 범위 적용</translation>
    </message>
    <message>
        <source>Spread for “%1”</source>
        <translation>“%1”에 범위 적용</translation>
    </message>
    <message>
        <source>Clear estimate</source>
        <translation>추정 삭제</translation>
    </message>
    <message>
        <source>Group of the selected task…</source>
        <translation>선택한 작업의 상관 그룹…</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>그룹 추가</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>그룹 변경</translation>
    </message>
    <message>
        <source>Put in group</source>
        <translation>그룹 지정</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <source>Committed basis</source>
        <translation>약정 기준</translation>
    </message>
    <message>
        <source>Paid-in basis</source>
        <translation>납입 기준</translation>
    </message>
    <message>
        <source>total %1 · foreign %2 · minimum %3</source>
        <translation>합계 %1 · 외국 %2 · 최소 %3</translation>
    </message>
    <message>
        <source>The committed foreign share is below the minimum.</source>
        <translation>약정 기준 외국자본 비율이 최소 기준에 못 미칩니다.</translation>
    </message>
    <message>
        <source>The paid-in foreign share is below the minimum.</source>
        <translation>납입 기준 외국자본 비율이 최소 기준에 못 미칩니다.</translation>
    </message>
    <message>
        <source>The planned commitments would take the committed share to %1, below the minimum.</source>
        <translation>계획된 약정이 체결되면 약정 기준 비율이 최소 기준 아래로 떨어집니다(체결 후 %1).</translation>
    </message>
    <message>
        <source>Not set: no commitment is recorded yet, so the foreign share is not defined and the %1 rule cannot be judged.</source>
        <translation>미정: 아직 출자 약정 기록이 없어 외국자본 비율을 계산할 수 없으므로 %1 기준 충족 여부도 판단할 수 없습니다.</translation>
    </message>
    <message>
        <source>Foreign capital needed to restore the minimum: committed %1 · paid-in %2</source>
        <translation>최소 기준 회복에 필요한 외국자본: 약정 %1 · 납입 %2</translation>
    </message>
    <message>
        <source>The committed basis meets the minimum now; nothing is paid in yet.</source>
        <translation>현재 출자 약정 기준으로는 최소 비율을 충족합니다. 아직 납입된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>Both bases meet the minimum now.</source>
        <translation>현재 약정·납입 기준 모두 최소 기준을 충족합니다.</translation>
    </message>
    <message>
        <source>Type an amount in won (e.g. 500억) to see its effect.</source>
        <translation>금액(예: 500억)을 입력하면 효과를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Committed share %1 → %2</source>
        <translation>약정 기준 비율 %1 → %2</translation>
    </message>
    <message>
        <source>Funding and the foreign-capital rule</source>
        <translation>재원과 외국자본 30% 기준</translation>
    </message>
    <message>
        <source>Foreign share by phase</source>
        <translation>단계별 외국자본 비율</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>투자 약정</translation>
    </message>
    <message>
        <source>Paid-in capital</source>
        <translation>납입 자본</translation>
    </message>
    <message>
        <source>What if a new commitment is signed?</source>
        <translation>새 약정을 체결하면? (가정 분석)</translation>
    </message>
    <message>
        <source>Amount in won, e.g. 500억</source>
        <translation>금액 (원), 예: 500억</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>외국</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>약정 추가…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>납입 기록…</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>선택 삭제</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>참여 기관…</translation>
    </message>
    <message>
        <source>No commitment yet</source>
        <translation>아직 출자 약정이 없습니다</translation>
    </message>
    <message>
        <source>Enter each party&apos;s signed commitment first: the foreign-capital share and its minimum are judged on commitments, then on what is paid in. A new investor is added under Participants.</source>
        <translation>먼저 기관별로 체결된 출자 약정을 입력하십시오. 외국자본 비율과 최소 기준은 출자 약정액으로, 이후에는 납입액으로도 판단합니다. 새 투자자는 ‘참여 기관’에서 추가합니다.</translation>
    </message>
    <message>
        <source>Foreign share by month</source>
        <translation>월별 외국자본 비율</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>출자 약정액</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>출자 납입액</translation>
    </message>
    <message>
        <source>Minimum %1</source>
        <translation>최소 %1</translation>
    </message>
</context>
<context>
    <name>GanttScale</name>
    <message>
        <source>yyyy</source>
        <comment>year (Qt date format)</comment>
        <translation>yyyy년</translation>
    </message>
    <message>
        <source>H1</source>
        <comment>first half of a year</comment>
        <translation>상반기</translation>
    </message>
    <message>
        <source>H2</source>
        <comment>second half of a year</comment>
        <translation>하반기</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter</comment>
        <translation>%1분기</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year (Qt date format)</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>month (Qt date format)</comment>
        <translation>M월</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>first day of a week (Qt date format)</comment>
        <translation>M월 d일</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Forecast: %1 – %2</source>
        <translation>전망: %1 – %2</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>전망: %1</translation>
    </message>
    <message>
        <source>Baseline: %1 – %2</source>
        <translation>기준: %1 – %2</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>기준: %1</translation>
    </message>
    <message>
        <source>Total float: %1 d</source>
        <translation>총 여유: %1일</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>주공정</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Correlation group</source>
        <translation>상관 그룹</translation>
    </message>
    <message>
        <source>Group (e.g. civil works)</source>
        <translation>그룹(예: 토목 공사)</translation>
    </message>
    <message>
        <source>Rank correlation of its tasks (−1 to 1)</source>
        <translation>그룹 내 작업 간 순위 상관계수(−1~1)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>사용 안내</translation>
    </message>
</context>
<context>
    <name>KpiReportDialog</name>
    <message>
        <source>Expected-effect report</source>
        <translation>기대 효과 실적 보고</translation>
    </message>
    <message>
        <source>e.g. 1,200억 or 640</source>
        <translation>예: 1,200억 또는 640</translation>
    </message>
    <message>
        <source>Required: where the figure comes from</source>
        <translation>필수: 수치의 출처</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>보고일</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pohang Global AI Computing Center — project control</source>
        <translation>포항 글로벌 AI컴퓨팅센터 사업관리</translation>
    </message>
    <message>
        <source>Example data is loaded: figures marked 예시 are illustrative, not the plan&apos;s.</source>
        <translation>예시 데이터가 들어 있습니다: &apos;예시&apos; 표시 수치는 설명용이며 계획 수치가 아닙니다.</translation>
    </message>
    <message>
        <source>Remove example data</source>
        <translation>예시 데이터 삭제</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>처리할 수 없습니다</translation>
    </message>
    <message>
        <source>Updated with changes saved by another user.</source>
        <translation>다른 사용자가 저장한 변경 사항을 반영했습니다.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>프로그램 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pohang Global AI Computing Center — project control&lt;/b&gt;&lt;br&gt;Version %1&lt;br&gt;Database: %2&lt;br&gt;&lt;br&gt;Font: Pretendard GOV (SIL Open Font License 1.1)</source>
        <translation>&lt;b&gt;포항 글로벌 AI컴퓨팅센터 사업관리&lt;/b&gt;&lt;br&gt;버전 %1&lt;br&gt;데이터베이스: %2&lt;br&gt;&lt;br&gt;글꼴: Pretendard GOV (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>로그 파일: %1</translation>
    </message>
</context>
<context>
    <name>MoneySections</name>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Budget, contracts and spending</source>
        <translation>사업비 예산·계약·집행 현황</translation>
    </message>
    <message>
        <source>No budget is recorded yet.</source>
        <translation>아직 등록된 예산이 없음</translation>
    </message>
    <message>
        <source>Contract rate = contracts ÷ budget; spending rate = actual cost ÷ budget (to the status date)</source>
        <translation>계약률 = 계약액 ÷ 예산, 집행률 = 집행액 ÷ 예산 (기준일 현재)</translation>
    </message>
    <message>
        <source>Phase / category</source>
        <translation>단계 / 분야</translation>
    </message>
    <message>
        <source>Earned value is not set: no progress is measured up to the status date, so CPI, SPI, the estimate at completion and the variance are not set either.</source>
        <translation>기준일까지 측정된 진척률이 없어 기성 가치가 미정이며, 이에 따라 CPI·SPI, 완료 시 추정 사업비와 차이도 미정임</translation>
    </message>
    <message>
        <source>CPI %1 and SPI %2, of the work whose progress is measured.</source>
        <translation>진척률이 측정된 작업 기준 CPI %1, SPI %2</translation>
    </message>
    <message>
        <source>The estimate at completion is set only where all progress is measured; a phase&apos;s or the total&apos;s is the sum of its categories&apos;.</source>
        <translation>완료 시 추정 사업비는 진척률이 모두 측정된 항목만 산정하며, 단계·합계 값은 분야별 값의 합임</translation>
    </message>
    <message>
        <source>Earned value by phase</source>
        <translation>단계별 성과(EVM) 현황</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Funding and the foreign-capital rule</source>
        <translation>재원 조달 및 외국자본 30% 기준</translation>
    </message>
    <message>
        <source>No investment is pledged yet.</source>
        <translation>아직 출자 약정이 없음</translation>
    </message>
    <message>
        <source>Not tied to a phase</source>
        <translation>단계 미지정 (사업 공통)</translation>
    </message>
    <message>
        <source>meets the rule</source>
        <translation>기준 충족</translation>
    </message>
    <message>
        <source>below the rule</source>
        <translation>기준 미달</translation>
    </message>
    <message>
        <source>Foreign share %1 pledged, %2 paid in (minimum %3): %4</source>
        <translation>외국자본 비율: 출자 약정 기준 %1, 납입 기준 %2 (기준 %3 이상) — %4</translation>
    </message>
    <message>
        <source>of which foreign</source>
        <translation>외국자본</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>외국</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>Investment by participant</source>
        <translation>참여 기관별 출자 현황</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Domestic / foreign</source>
        <translation>국내 / 외국</translation>
    </message>
    <message>
        <source>Paid-in rate</source>
        <translation>납입률</translation>
    </message>
</context>
<context>
    <name>MoreSections</name>
    <message>
        <source>Capacity</source>
        <translation>시설 용량 구축 현황</translation>
    </message>
    <message>
        <source>Planned scale at the end of each phase and installed capacity</source>
        <translation>단계별 계획 규모(단계 말 기준)와 설치 실적</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Changes since last month</source>
        <translation>전월 대비 변동 사항</translation>
    </message>
    <message>
        <source>Last month is not closed: there are no frozen figures to compare with.</source>
        <translation>전월이 마감되지 않아 비교할 확정 수치가 없음</translation>
    </message>
    <message>
        <source>Compared with the close of %1</source>
        <translation>%1 마감 수치와 비교</translation>
    </message>
    <message>
        <source>%1: %2 (%3 since last month)</source>
        <translation>%1: %2 (전월 대비 %3)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변동 없음</translation>
    </message>
    <message>
        <source>Foreign share (%1): %2 (%3)</source>
        <translation>외국자본 비율 (%1 기준): %2 (%3)</translation>
    </message>
    <message>
        <source>Installed capacity: %1 (%2)</source>
        <translation>설치 용량: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 achieved on %2</source>
        <translation>%1 달성 (%2)</translation>
    </message>
    <message>
        <source>%1: forecast moved from %2 to %3 (%4 days)</source>
        <translation>%1: 전망일 %2 → %3 (%4일)</translation>
    </message>
    <message>
        <source>Problems and measures</source>
        <translation>문제점 및 대책</translation>
    </message>
    <message>
        <source>%1: late (forecast %2, %3 days after the baseline %4)</source>
        <translation>%1 지연: 전망 %2, 기준 계획(%4) 대비 %3일 늦음</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>원인: %1</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>미작성</translation>
    </message>
    <message>
        <source>Recovery plan: %1</source>
        <translation>대책: %1</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>현안</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <source>No milestone is late and no issue is recorded.</source>
        <translation>지연된 마일스톤과 기록된 현안이 없음</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>건의사항</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Manager&apos;s notes</source>
        <translation>담당자 의견</translation>
    </message>
    <message>
        <source>Schedule risk</source>
        <translation>일정 위험 분석</translation>
    </message>
    <message>
        <source>Probability of meeting each deadline (%1 simulations), against the close of last month</source>
        <translation>기한별 달성 확률 (모의실험 %1회), 전월 마감 대비</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>전월</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변동</translation>
    </message>
    <message>
        <source>P80 finish</source>
        <translation>P80 완료일</translation>
    </message>
    <message>
        <source>Terms used in this report</source>
        <translation>용어 설명</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>뜻</translation>
    </message>
</context>
<context>
    <name>MspdiImportDialog</name>
    <message>
        <source>Import from MS Project</source>
        <translation>MS Project에서 가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>가져오기 방식</translation>
    </message>
    <message>
        <source>Schedule under</source>
        <translation>일정 위치</translation>
    </message>
    <message>
        <source>Baseline of the stored tasks</source>
        <translation>저장된 작업의 기준 계획</translation>
    </message>
    <message>
        <source>A new top-level group</source>
        <translation>새 최상위 그룹</translation>
    </message>
    <message>
        <source>Will import</source>
        <translation>가져올 내용</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않는 내용</translation>
    </message>
    <message>
        <source>Approximated</source>
        <translation>근사 처리</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>File start</source>
        <translation>파일 시작</translation>
    </message>
    <message>
        <source>File finish</source>
        <translation>파일 종료</translation>
    </message>
    <message>
        <source>App start</source>
        <translation>앱 계산 시작</translation>
    </message>
    <message>
        <source>App finish</source>
        <translation>앱 계산 종료</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{0} tasks ({1} summaries, {2} milestones), {3} links, {4} baseline rows, {5} calendar exceptions</source>
        <translation>작업 {0}개 (요약 {1}, 마일스톤 {2}), 연결 {3}개, 기준 계획 행 {4}개, 달력 예외 {5}개</translation>
    </message>
    <message>
        <source>{0} tasks matched, {1} not matched; saved as the baseline “{2}”</source>
        <translation>작업 {0}개 일치, {1}개 불일치. 기준 계획으로 저장: “{2}”</translation>
    </message>
    <message>
        <source>Dates in the file that differ from the application&apos;s schedule (a check of the contractor&apos;s logic)</source>
        <translation>파일의 날짜가 앱의 계산과 다른 작업 (시공사 공정 논리 점검)</translation>
    </message>
    <message>
        <source>All dates in the file agree with the application&apos;s schedule.</source>
        <translation>파일의 날짜가 앱의 계산과 모두 같습니다.</translation>
    </message>
    <message>
        <source>Import MS Project file</source>
        <translation>MS Project 파일 가져오기</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Manager&apos;s notes (one point per line)</source>
        <translation>담당자 의견 (한 줄에 한 항목)</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>현안</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <source>Suggestions to superiors</source>
        <translation>건의사항</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>메모 저장</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Started</source>
        <translation>착공</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>%1 착공</translation>
    </message>
    <message>
        <source>no actual start recorded</source>
        <translation>착공 실적 없음</translation>
    </message>
    <message>
        <source>Construction start (within 2025)</source>
        <translation>착공 (연내 착공)</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>총 투자비</translation>
    </message>
    <message>
        <source>Site %1 m²</source>
        <translation>부지 %1 ㎡</translation>
    </message>
    <message>
        <source>Foreign capital share</source>
        <translation>외국자본 비율</translation>
    </message>
    <message>
        <source>committed %1 · paid-in %2 · minimum %3</source>
        <translation>약정 %1 · 납입 %2 · 최소 %3</translation>
    </message>
    <message>
        <source>No commitment recorded yet · minimum %1</source>
        <translation>약정 기록 없음 · 최소 %1</translation>
    </message>
    <message>
        <source>Final scale</source>
        <translation>최종 규모</translation>
    </message>
    <message>
        <source>about %1 GPUs in 4 phases</source>
        <translation>4단계, GPU 약 %1장</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>단계 수정</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>마일스톤 수정</translation>
    </message>
    <message>
        <source>Phases (capacity at the end of each phase)</source>
        <translation>단계별 계획 (단계 말 시설 규모)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>This database holds the announced plan only. Each month the office enters costs, progress and measurements, reviews them, closes the month and prints the report. Start with the budget lines and the parties&apos; commitments; import the construction schedule when it arrives.</source>
        <translation>이 데이터베이스에는 발표된 계획만 들어 있습니다. 매월 집행액·진척률·측정값을 입력하고, 검토한 뒤, 월을 마감하고 보고서를 인쇄합니다. 실행예산과 기관별 출자 약정부터 입력하고, 시공사 일정을 받으면 가져오십시오.</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Started %1 days late</source>
        <translation>착공 (기한 %1일 초과)</translation>
    </message>
    <message>
        <source>Manage participants…</source>
        <translation>참여 기관 관리…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Enter the budget</source>
        <translation>실행예산 입력</translation>
    </message>
    <message>
        <source>Enter commitments</source>
        <translation>출자 약정 입력</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>일정 가져오기…</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>사용 안내 (F1)</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · 기준일 %3</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>Retired %1</source>
        <translation>참여 종료 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>참여 중</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>The parties of the project: investment pledges, payments and contracts name one of them. A party that left is retired, not deleted, so its history stays in the figures.</source>
        <translation>사업에 참여하는 기관입니다. 출자 약정·납입·계약은 이 목록의 기관을 지정합니다. 사업에서 빠진 기관은 삭제하지 않고 ‘참여 종료’로 처리하므로 이력이 수치에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>참여 종료…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>다시 참여</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Excel/CSV에서 가져오기…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>참여 기관 추가</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>참여 기관 수정</translation>
    </message>
    <message>
        <source>Retire participant</source>
        <translation>참여 종료</translation>
    </message>
    <message>
        <source>Bring back participant</source>
        <translation>참여 기관 다시 참여</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>참여 기관 삭제</translation>
    </message>
    <message>
        <source>Delete “%1”? A party that records name cannot be deleted; retire it instead.</source>
        <translation>“%1” 기관을 삭제하시겠습니까? 기록이 있는 기관은 삭제할 수 없으니 참여 종료로 처리하십시오.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>참여 기관 가져오기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>참여 기관 수정</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>새 참여 기관</translation>
    </message>
    <message>
        <source>Required, e.g. 블랙록</source>
        <translation>필수, 예: 블랙록</translation>
    </message>
    <message>
        <source>Not set (code such as US, or a name)</source>
        <translation>미정 (US 같은 국가 코드 또는 국가명)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>A foreign party&apos;s commitments count toward the foreign-capital share.</source>
        <translation>외국 기관의 출자 약정액은 외국자본 비율에 포함됩니다.</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Domestic / foreign</source>
        <translation>국내 / 외국</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Paid-in capital</source>
        <translation>납입 자본</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Amount (currency of the commitment)</source>
        <translation>금액 (약정 통화)</translation>
    </message>
    <message>
        <source>Exchange rate (won per unit)</source>
        <translation>환율 (단위당 원)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>Risk register</source>
        <translation>위험 관리 대장</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>위험 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>What if it were removed?</source>
        <translation>이 위험이 없다면?</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>위험 추가</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>위험 수정</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>위험 삭제</translation>
    </message>
</context>
<context>
    <name>RemediesEditor</name>
    <message>
        <source>No milestone is late this month.</source>
        <translation>이달 지연된 마일스톤이 없습니다.</translation>
    </message>
    <message>
        <source>%1 milestone(s) are late. The month can be closed once each has its cause and recovery plan (%2 missing).</source>
        <translation>지연된 마일스톤이 %1건 있습니다. 각 마일스톤의 원인과 대책을 적어야 이달을 마감할 수 있습니다 (미작성 %2건).</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>대책 (만회 계획)</translation>
    </message>
    <message>
        <source>Save cause and plan</source>
        <translation>원인·대책 저장</translation>
    </message>
</context>
<context>
    <name>ReportFormEditor</name>
    <message>
        <source>Sign-off boxes</source>
        <translation>결재란</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Contact (name, telephone)</source>
        <translation>담당·연락처 (이름, 전화)</translation>
    </message>
    <message>
        <source>Officer, Team leader, Section chief, Director</source>
        <translation>담당, 팀장, 과장, 국장</translation>
    </message>
    <message>
        <source>Boxes are separated by commas; left blank, the report prints the default boxes. A blank document number, department or contact prints as a line to fill in by hand.</source>
        <translation>결재 칸은 쉼표로 구분합니다. 비워 두면 기본 결재란이 인쇄됩니다. 문서번호·부서·연락처를 비워 두면 손으로 적을 빈칸이 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>양식 저장</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>MOU plan (2025-06-26)</source>
        <translation>MOU 계획 (2025. 6. 26.)</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>예시 자료</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Amounts are rounded so that the rows add up to the totals printed; rates are of the exact amounts.</source>
        <translation>금액은 각 행의 합이 표시된 합계와 같도록 끝수를 조정함 (비율은 원 단위 금액으로 계산)</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reopen month…</source>
        <translation>마감 해제…</translation>
    </message>
    <message>
        <source>Close month…</source>
        <translation>월 마감…</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. The report shows the frozen figures; check value %3.</source>
        <translation>%1에 %2 님이 마감했습니다. 보고서는 확정된 수치로 작성됩니다 (검증값 %3).</translation>
    </message>
    <message>
        <source>Reopened: the report shows the current figures until the month is closed again.</source>
        <translation>마감 해제됨: 다시 마감할 때까지 보고서는 현재 수치를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Not closed: the report shows the current figures (a draft).</source>
        <translation>마감 전: 보고서는 현재 수치(초안)를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Save cause and plan</source>
        <translation>원인·대책 저장</translation>
    </message>
    <message>
        <source>Save report form</source>
        <translation>보고서 양식 저장</translation>
    </message>
    <message>
        <source>Reopen %1? Its figures can change again; the reopening is recorded.</source>
        <translation>%1 마감을 해제할까요? 수치를 다시 바꿀 수 있게 되며, 해제 기록이 남습니다.</translation>
    </message>
    <message>
        <source>Close %1? Its figures are frozen for the record.</source>
        <translation>%1 마감을 진행할까요? 이 달의 수치가 기록으로 고정됩니다.</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>월 마감</translation>
    </message>
    <message>
        <source>Closing the month…</source>
        <translation>월 마감 중…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save report for Hangul (.hwpx)</source>
        <translation>한글 문서(.hwpx)로 저장</translation>
    </message>
    <message>
        <source>Hangul document (*.hwpx)</source>
        <translation>한글 문서 (*.hwpx)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>보고서를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Monthly status report</source>
        <translation>월간 추진 현황 보고</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이달 내용</translation>
    </message>
    <message>
        <source>Problems and measures</source>
        <translation>문제점 및 대책</translation>
    </message>
    <message>
        <source>Report form</source>
        <translation>보고서 양식</translation>
    </message>
    <message>
        <source>Save for Hangul (.hwpx)…</source>
        <translation>한글(.hwpx)로 저장…</translation>
    </message>
    <message>
        <source>No month closed yet</source>
        <translation>아직 마감한 달이 없습니다</translation>
    </message>
    <message>
        <source>The monthly cycle: enter the month&apos;s costs, progress and measurements; review them in the overview; write the notes below; close the month (its figures are frozen); then print the report or save it as PDF.</source>
        <translation>월간 주기: 그 달의 집행액·진척률·측정값을 입력하고, 개요에서 검토한 뒤, 아래에 의견을 적고, 월을 마감(수치 고정)한 다음 보고서를 인쇄하거나 PDF로 저장합니다.</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>사용 안내 (F1)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <source>Save notes of %1</source>
        <translation>%1 메모 저장</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire participant</source>
        <translation>참여 종료</translation>
    </message>
    <message>
        <source>“%1” keeps its investment pledges, payments and contracts, and counts in every figure dated before this day. From this day on it is not offered for new records.</source>
        <translation>“%1” 기관의 출자 약정·납입·계약은 그대로 남고, 이 날짜 이전의 모든 수치에 포함됩니다. 이 날짜부터는 새 기록에 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>참여 종료일</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Version %1 (%2, status date %3) → version %4 (%5, status date %6)</source>
        <translation>%1차 버전 (%2, 기준일 %3) → %4차 버전 (%5, 기준일 %6)</translation>
    </message>
    <message>
        <source>Finish: %1 → %2</source>
        <translation>준공(마지막 완료일): %1 → %2</translation>
    </message>
    <message>
        <source>(%1 days)</source>
        <translation>(%1일)</translation>
    </message>
    <message>
        <source>Critical path: %1 activities before, %2 after (%3 joined, %4 left)</source>
        <translation>주공정: 이전 %1개, 이후 %2개 작업 (새로 주공정 %3, 주공정에서 빠짐 %4)</translation>
    </message>
    <message>
        <source>Tied milestone “%1” (deadline %2): forecast %3 → %4, float to the deadline %5 → %6</source>
        <translation>연결된 마일스톤 “%1”(기한 %2): 예상일 %3 → %4, 기한까지 여유 %5 → %6</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>확률(%)</translation>
    </message>
    <message>
        <source>Delay if it occurs (days)</source>
        <translation>발생 시 지연(일)</translation>
    </message>
    <message>
        <source>Tasks it delays</source>
        <translation>지연되는 작업</translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation>대응 계획</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Running %1 iterations…</source>
        <translation>%1회 반복 계산 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Comparing with and without the risk…</source>
        <translation>위험이 있을 때와 없을 때를 비교하는 중…</translation>
    </message>
    <message>
        <source>Without “%1”:</source>
        <translation>“%1” 위험이 없다면:</translation>
    </message>
    <message>
        <source>no deadline&apos;s chance changes.</source>
        <translation>기한 내 완료 확률이 달라지는 기한이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Chance of finishing by the deadline (%1): %2</source>
        <translation>기한(%1) 내 완료 확률: %2</translation>
    </message>
    <message>
        <source>When “%1” finishes</source>
        <translation>“%1” 완료일 분포</translation>
    </message>
    <message>
        <source>Share of iterations</source>
        <translation>반복 비율</translation>
    </message>
    <message>
        <source>per %1 days</source>
        <translation>%1일 단위</translation>
    </message>
    <message>
        <source>Cumulative probability</source>
        <translation>누적 확률</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>What drives “%1”</source>
        <translation>“%1”에 영향을 주는 요인</translation>
    </message>
    <message>
        <source>Rank correlation with the date (Spearman)</source>
        <translation>완료일과의 순위 상관계수(스피어먼)</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>위험:</translation>
    </message>
    <message>
        <source>Nothing varies: enter estimates or risks.</source>
        <translation>변동 요인이 없습니다. 기간 추정치나 위험을 입력하십시오.</translation>
    </message>
    <message>
        <source>Not run yet. Press “Run analysis”.</source>
        <translation>아직 분석하지 않았습니다. ‘분석 실행’을 누르십시오.</translation>
    </message>
    <message>
        <source>%1 iterations, status date %2, seed %3, %4 s.</source>
        <translation>%1회 반복, 기준일 %2, 시드 %3, %4초.</translation>
    </message>
    <message>
        <source>The plan or the risks changed since: run it again.</source>
        <translation>그 뒤 일정이나 위험이 바뀌었습니다. 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Left out (finished, a summary or not scheduled): %1</source>
        <translation>제외(완료, 요약 작업 또는 일정 없음): %1</translation>
    </message>
    <message>
        <source>Estimates scaled to a changed duration: %1</source>
        <translation>바뀐 기간에 맞춰 비례 조정한 추정치: %1</translation>
    </message>
    <message>
        <source>Schedule risk</source>
        <translation>일정 위험</translation>
    </message>
    <message>
        <source>How likely each deadline is: the schedule is computed many times over, each duration drawn from its three-point estimate and each risk occurring with its probability. P80 is the date met in 80 % of the iterations.</source>
        <translation>각 기한을 지킬 가능성입니다. 일정을 여러 번 반복 계산하되, 매번 작업 기간은 3점 추정에서 뽑고 위험은 그 확률에 따라 발생시킵니다. P80은 반복 계산의 80 %에서 지켜지는 날짜입니다.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Run analysis</source>
        <translation>분석 실행</translation>
    </message>
    <message>
        <source>Milestones and deadlines</source>
        <translation>마일스톤과 기한</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>보기 단위</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 기준</translation>
    </message>
    <message>
        <source>Only the announced milestones so far</source>
        <translation>아직 발표된 마일스톤만 있습니다</translation>
    </message>
    <message>
        <source>Import the contractor&apos;s schedule (MS Project XML) under a phase, or add tasks here. Predecessors are typed by WBS code (1.2, 2.1SS+5d) or by the row number of the ID column.</source>
        <translation>시공사 일정(MS Project XML)을 단계 아래로 가져오거나 여기에서 작업을 추가하십시오. 선행 작업은 WBS 코드(1.2, 2.1SS+5d)나 ID 열의 행 번호로 씁니다.</translation>
    </message>
    <message>
        <source>Import MS Project XML…</source>
        <translation>MS Project XML 가져오기…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>작업 추가</translation>
    </message>
</context>
<context>
    <name>ScheduleSections</name>
    <message>
        <source>Schedule</source>
        <translation>일정 추진 현황</translation>
    </message>
    <message>
        <source>Milestones against the baseline “%1” (slip = forecast or actual − baseline, in calendar days)</source>
        <translation>주요 마일스톤: 기준 계획 “%1” 대비 (지연 = 전망일 또는 실적일 − 기준일, 달력일 기준)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation>주공정 작업</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준 계획</translation>
    </message>
    <message>
        <source>Milestone (forecast)</source>
        <translation>마일스톤 (전망)</translation>
    </message>
    <message>
        <source>Critical milestone</source>
        <translation>주공정 마일스톤</translation>
    </message>
    <message>
        <source>Milestone (baseline)</source>
        <translation>마일스톤 (기준 계획)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Attachment: Gantt chart (by phase)</source>
        <translation>붙임: 단계별 간트 차트</translation>
    </message>
    <message>
        <source>No scheduled task.</source>
        <translation>일정이 잡힌 작업이 없음</translation>
    </message>
    <message>
        <source>%1 more tasks are in the schedule.</source>
        <translation>이 밖에 작업 %1건이 일정에 있음</translation>
    </message>
    <message>
        <source>This month&apos;s work and next month&apos;s plan</source>
        <translation>이달 실적 및 차월 계획</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Finished this month</source>
        <translation>이달 완료</translation>
    </message>
    <message>
        <source>%1: finished %2</source>
        <translation>%1: %2 완료</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Under way at the end of the month</source>
        <translation>진행 중 (월말 기준)</translation>
    </message>
    <message>
        <source>%1: %2 % complete, forecast finish %3</source>
        <translation>%1: 진척률 %2%, 완료 전망 %3</translation>
    </message>
    <message>
        <source>Due next month</source>
        <translation>차월 계획</translation>
    </message>
    <message>
        <source>%1: forecast %2</source>
        <translation>%1: %2 예정</translation>
    </message>
</context>
<context>
    <name>ScheduleTreeModel</name>
    <message>
        <source>Deadline %1 missed</source>
        <translation>기한 %1 초과</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import actual costs</source>
        <translation>집행 실적 가져오기</translation>
    </message>
    <message>
        <source>Import funding payments</source>
        <translation>납입 가져오기</translation>
    </message>
    <message>
        <source>Import budget lines</source>
        <translation>예산 항목 가져오기</translation>
    </message>
    <message>
        <source>Import contracts</source>
        <translation>계약 가져오기</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>진척률 가져오기</translation>
    </message>
    <message>
        <source>Import funding commitments</source>
        <translation>출자 약정 가져오기</translation>
    </message>
    <message>
        <source>Import capacity measurements</source>
        <translation>용량 측정 가져오기</translation>
    </message>
    <message>
        <source>Import causes and recovery plans</source>
        <translation>문제점 및 대책 가져오기</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>참여 기관 가져오기</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>항목명</translation>
    </message>
    <message>
        <source>Budget (BAC)</source>
        <translation>예산 (BAC)</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>시작 월</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>종료 월</translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation>계약명</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>진척률(%)</translation>
    </message>
    <message>
        <source>Estimate to complete</source>
        <translation>잔여 소요액(ETC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열 지정</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>formulas read as their last calculated values</source>
        <translation>수식은 마지막으로 계산된 값으로 읽었습니다</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 파일에 없음 —</translation>
    </message>
    <message>
        <source>{0} accepted, {1} rejected</source>
        <translation>가져올 수 있음 {0}, 거부 {1}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>가져올 수 있음</translation>
    </message>
</context>
<context>
    <name>SpreadDialog</name>
    <message>
        <source>Optimistic: shorter by (%)</source>
        <translation>낙관: 계획보다 짧게(%)</translation>
    </message>
    <message>
        <source>Pessimistic: longer by (%)</source>
        <translation>비관: 계획보다 길게(%)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
</context>
<context>
    <name>SummarySections</name>
    <message>
        <source>Officer</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>과장</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>국장</translation>
    </message>
    <message>
        <source>Closed (figures frozen)</source>
        <translation>마감 (수치 확정)</translation>
    </message>
    <message>
        <source>Draft (month not closed)</source>
        <translation>초안 (마감 전)</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>보고일</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>담당·연락처</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Monthly progress report (%1)</source>
        <translation>월간 추진 현황 보고 (%1)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>핵심 요약</translation>
    </message>
    <message>
        <source>Capacity: %1 MW and %2 GPUs installed (phase %3 target %4 MW by %5; final goal %6 MW).</source>
        <translation>용량: %1 MW, GPU %2장 설치 (%3단계 목표 %4 MW, %5까지; 최종 목표 %6 MW)</translation>
    </message>
    <message>
        <source>Capacity: no installed capacity is recorded yet.</source>
        <translation>용량: 아직 설치 실적이 없음</translation>
    </message>
    <message>
        <source>No actual figures are recorded for this month.</source>
        <translation>이달 기록된 실적 없음</translation>
    </message>
    <message>
        <source>Problems: %1 milestone(s) late; causes and recovery plans under “Problems and measures”.</source>
        <translation>문제점: 마일스톤 %1건 지연 — 원인과 대책은 ‘문제점 및 대책’ 참조</translation>
    </message>
    <message>
        <source>Construction start: started on %1, %2 days after the deadline.</source>
        <translation>착공: %1 착공 (기한 %2일 초과)</translation>
    </message>
    <message>
        <source>Construction start: started on %1.</source>
        <translation>착공: %1 착공</translation>
    </message>
    <message>
        <source>Construction start: the deadline %1 passed %2 days ago without a start.</source>
        <translation>착공: 착공 기한(%1)을 %2일 넘겼으나 아직 착공하지 못함</translation>
    </message>
    <message>
        <source>Forecast %1, %2 days after the baseline.</source>
        <translation>착공 전망일 %1, 기준 계획보다 %2일 늦음</translation>
    </message>
    <message>
        <source>Schedule: %1 milestone(s) late.</source>
        <translation>일정: 마일스톤 %1건 지연</translation>
    </message>
    <message>
        <source>Schedule: the milestones are on plan.</source>
        <translation>일정: 마일스톤이 계획대로 진행 중</translation>
    </message>
    <message>
        <source>Cost: no budget is recorded yet.</source>
        <translation>사업비: 아직 등록된 예산이 없음</translation>
    </message>
    <message>
        <source>Cost: of the budget %1, %2 contracted (%3) and %4 spent (%5).</source>
        <translation>사업비: 예산 %1 중 계약 %2(계약률 %3), 집행 %4(집행률 %5)</translation>
    </message>
    <message>
        <source>CPI and SPI are not set: progress is not measured.</source>
        <translation>진척률이 측정되지 않아 CPI·SPI는 미정</translation>
    </message>
    <message>
        <source>CPI %1, SPI %2 (of the measured work).</source>
        <translation>CPI %1, SPI %2 (진척률 측정 작업 기준)</translation>
    </message>
    <message>
        <source>Funding: no investment is pledged yet.</source>
        <translation>재원: 아직 출자 약정이 없음</translation>
    </message>
    <message>
        <source>meets the rule</source>
        <translation>기준 충족</translation>
    </message>
    <message>
        <source>below the rule</source>
        <translation>기준 미달</translation>
    </message>
    <message>
        <source>Foreign capital: %1 of the pledged and %2 of the paid-in investment (minimum %3): %4.</source>
        <translation>재원: 외국자본 비율 출자 약정 기준 %1, 납입 기준 %2 (기준 %3 이상) — %4</translation>
    </message>
    <message>
        <source>%1 milestone(s) late</source>
        <translation>마일스톤 %1건 지연</translation>
    </message>
    <message>
        <source>%1 milestone(s) at risk</source>
        <translation>마일스톤 %1건 주의</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>계획대로 진행</translation>
    </message>
    <message>
        <source>Spent %1 of the budget; CPI not set</source>
        <translation>집행률 %1, CPI 미정</translation>
    </message>
    <message>
        <source>No investment pledged</source>
        <translation>출자 약정 없음</translation>
    </message>
    <message>
        <source>Foreign share at least %1</source>
        <translation>외국자본 비율 %1 이상</translation>
    </message>
    <message>
        <source>Foreign share below %1</source>
        <translation>외국자본 비율 %1 미달</translation>
    </message>
    <message>
        <source>Nothing installed yet</source>
        <translation>설치 실적 없음</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>사업비</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Status by area</source>
        <translation>분야별 현황</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>GPU %1장</translation>
    </message>
    <message>
        <source>(foreign capital at least %1)</source>
        <translation>(외국자본 %1 이상)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Site area</source>
        <translation>부지 면적</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>총사업비</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>사업 기간</translation>
    </message>
    <message>
        <source>Scale by phase</source>
        <translation>단계별 규모</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>MOU signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>사업 개요</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Import MS Project XML…</source>
        <translation>MS Project XML 가져오기…</translation>
    </message>
    <message>
        <source>Import actual costs (Excel/CSV)…</source>
        <translation>집행 실적 가져오기 (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Import funding payments (Excel/CSV)…</source>
        <translation>납입 가져오기 (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Import participants (Excel/CSV)…</source>
        <translation>참여 기관 가져오기 (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Export MS Project XML…</source>
        <translation>MS Project XML로 내보내기…</translation>
    </message>
    <message>
        <source>Export a table (Excel/CSV)…</source>
        <translation>표 내보내기 (Excel/CSV)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>예시 데이터 불러오기(&amp;E)</translation>
    </message>
    <message>
        <source>Remove example &amp;data</source>
        <translation>예시 데이터 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>참여 기관(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Amounts in won</source>
        <translation>금액 단위: 원</translation>
    </message>
    <message>
        <source>Amounts in thousands of won</source>
        <translation>금액 단위: 천원</translation>
    </message>
    <message>
        <source>Amounts in millions of won</source>
        <translation>금액 단위: 백만원</translation>
    </message>
    <message>
        <source>Amounts in hundreds of millions of won</source>
        <translation>금액 단위: 억원</translation>
    </message>
    <message>
        <source>한국어</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>사용 안내(&amp;G)</translation>
    </message>
    <message>
        <source>Audit trail and &amp;verification…</source>
        <translation>감사 추적 및 검증(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>프로그램 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>“%1” is an empty file (0 bytes). Make a new database of the announced plan in it?</source>
        <translation>“%1”: 빈 파일(0바이트)입니다. 이 파일에 발표된 사업계획으로 새 데이터베이스를 만드시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>다른 파일 열기…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This database is on a network drive: only one person should edit it at a time.</source>
        <translation>이 데이터베이스는 네트워크 드라이브에 있습니다. 한 번에 한 사람만 수정하십시오.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Contractor schedules</source>
        <translation>협력사 일정</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Schedule risk</source>
        <translation>일정 위험</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>not defined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <source>S-curve (cumulative)</source>
        <translation>S-곡선 (누계)</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>계획 가치 (PV)</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>기성 가치 (EV)</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>집행액 (AC)</translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation>예산 계획</translation>
    </message>
    <message>
        <source>Status month</source>
        <translation>기준 월</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>집행 실적</translation>
    </message>
    <message>
        <source>e.g. 12억 or 1,234,000</source>
        <translation>예: 12억 또는 1,234,000</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>금액 (원)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Add a budget line first.</source>
        <translation>먼저 예산 항목을 추가하십시오.</translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation>아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter actual cost</source>
        <translation>집행 실적 입력</translation>
    </message>
    <message>
        <source>%1 already has costs booked in %2 (%3 won in all). Replace them with this amount, or add this amount to them?</source>
        <translation>%1에 %2 집행 실적이 이미 있습니다(합계 %3원). 이 금액으로 바꾸시겠습니까, 아니면 더하시겠습니까?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>더하기</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Unit: won</source>
        <translation>단위: 원</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>기준일 %1</translation>
    </message>
    <message>
        <source>Export the variance table</source>
        <translation>예산 차이 표 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>예산 항목 추가</translation>
    </message>
    <message>
        <source>Choose a budget line in the table first.</source>
        <translation>먼저 표에서 예산 항목을 선택하십시오.</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>예산 항목 수정</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>예산 항목 삭제</translation>
    </message>
    <message>
        <source>Delete this budget line and its monthly plan?</source>
        <translation>이 예산 항목과 월별 계획을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>계약 추가</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>계약 수정</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>계약 삭제</translation>
    </message>
    <message>
        <source>Delete the contract “%1”?</source>
        <translation>“%1” 계약을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>capacity</name>
    <message>
        <source>Add capacity measurement</source>
        <translation>용량 측정 추가</translation>
    </message>
    <message>
        <source>Replace capacity measurement</source>
        <translation>용량 측정 교체</translation>
    </message>
    <message>
        <source>Replace it with the new measurement? (Undo puts the earlier one back.)</source>
        <translation>새 측정값으로 바꾸시겠습니까? (실행 취소하면 이전 측정값이 되돌아옵니다.)</translation>
    </message>
    <message>
        <source>Measurement of the same day</source>
        <translation>같은 날의 측정값</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>약정일</translation>
    </message>
    <message>
        <source>Amount (currency)</source>
        <translation>금액 (해당 통화)</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>출자 약정액</translation>
    </message>
    <message>
        <source>Actual this month</source>
        <translation>이달 집행</translation>
    </message>
    <message>
        <source>ETC (bottom-up)</source>
        <translation>잔여 추정 (상향식)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>출자 납입액</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>납입일</translation>
    </message>
    <message>
        <source>Foreign committed</source>
        <translation>외국자본 출자 약정액</translation>
    </message>
    <message>
        <source>Share (committed)</source>
        <translation>비율 (약정 기준)</translation>
    </message>
    <message>
        <source>Foreign paid in</source>
        <translation>외국자본 출자 납입액</translation>
    </message>
    <message>
        <source>Share (paid in)</source>
        <translation>비율 (납입 기준)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>계획 시작</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>계획 종료</translation>
    </message>
    <message>
        <source>Target MW</source>
        <translation>목표 MW</translation>
    </message>
    <message>
        <source>Target GPUs</source>
        <translation>목표 GPU</translation>
    </message>
    <message>
        <source>Installed MW</source>
        <translation>설치 MW</translation>
    </message>
    <message>
        <source>Installed GPUs</source>
        <translation>설치 GPU</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준 계획</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Slip (days)</source>
        <translation>지연 (일)</translation>
    </message>
    <message>
        <source>Forecast by</source>
        <translation>전망 근거</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Domestic / foreign</source>
        <translation>국내 / 외국</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보고 실적</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>보고일</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>공정표</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>협력사</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전 수</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Tied milestone</source>
        <translation>연결 마일스톤</translation>
    </message>
    <message>
        <source>Float to the deadline</source>
        <translation>기한까지 여유</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>작업 수</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>연결 수</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져온 때 (사용자)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>작업명</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>이동 일수</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>미달 / 대상</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>기준 시작</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>기준 종료</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>실적 시작</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>실적 종료</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>진척률 (%)</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>선행 작업</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>총 여유 (일)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>측정일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Phase / category</source>
        <translation>단계 / 분류</translation>
    </message>
    <message>
        <source>Budget (BAC)</source>
        <translation>예산 (BAC)</translation>
    </message>
    <message>
        <source>Planned to date (PV)</source>
        <translation>계획 가치 (PV)</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>계약액</translation>
    </message>
    <message>
        <source>Actual (AC)</source>
        <translation>집행액 (AC)</translation>
    </message>
    <message>
        <source>Earned (EV)</source>
        <translation>기성 가치 (EV)</translation>
    </message>
    <message>
        <source>Forecast (EAC)</source>
        <translation>완료 시 추정 (EAC)</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>GPUs per MW</source>
        <translation>MW당 GPU</translation>
    </message>
    <message>
        <source>Energised MW</source>
        <translation>가동 MW</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>목표 대비 %</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P80</source>
        <translation>P80</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Chance of meeting the deadline</source>
        <translation>기한 내 완료 확률</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation>대응 계획</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
    <message>
        <source>Optimistic (d)</source>
        <translation>낙관(일)</translation>
    </message>
    <message>
        <source>Most likely (d)</source>
        <translation>최빈(일)</translation>
    </message>
    <message>
        <source>Pessimistic (d)</source>
        <translation>비관(일)</translation>
    </message>
</context>
<context>
    <name>database_actions</name>
    <message>
        <source>Load example data</source>
        <translation>예시 데이터 불러오기</translation>
    </message>
    <message>
        <source>Remove example data</source>
        <translation>예시 데이터 삭제</translation>
    </message>
    <message>
        <source>Remove every example row? Figures you entered are kept.</source>
        <translation>예시 데이터를 모두 삭제할까요? 직접 입력한 수치는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>백업을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>백업을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Backup to restore (newest first):</source>
        <translation>복원할 백업 (최신순):</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import MS Project XML</source>
        <translation>MS Project XML 가져오기</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml);;All files (*)</source>
        <translation>MS Project XML (*.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export MS Project XML</source>
        <translation>MS Project XML로 내보내기</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>Schedule (tasks)</source>
        <translation>공정표 (작업)</translation>
    </message>
    <message>
        <source>Budget variance and earned value</source>
        <translation>예산 차이와 성과(EVM)</translation>
    </message>
    <message>
        <source>Funding commitments</source>
        <translation>투자 약정</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>기대 효과</translation>
    </message>
    <message>
        <source>Export a table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>표:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>계획 시작</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>계획 종료</translation>
    </message>
    <message>
        <source>Target MW</source>
        <translation>목표 MW</translation>
    </message>
    <message>
        <source>Target GPUs</source>
        <translation>목표 GPU</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>실적 시작</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>실적 종료</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>진척률 (%)</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>총 투자비</translation>
    </message>
    <message>
        <source>Site area</source>
        <translation>부지 면적</translation>
    </message>
    <message>
        <source>Minimum foreign share</source>
        <translation>외국자본 최소 비율</translation>
    </message>
    <message>
        <source>Construction start deadline</source>
        <translation>착공 기한</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Amount (currency)</source>
        <translation>금액 (해당 통화)</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>측정일</translation>
    </message>
    <message>
        <source>Installed MW</source>
        <translation>설치 MW</translation>
    </message>
    <message>
        <source>Energised MW</source>
        <translation>가동 MW</translation>
    </message>
    <message>
        <source>Installed GPUs</source>
        <translation>설치 GPU</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>보고일</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>약정일</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>납입일</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>시작 월</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>종료 월</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>배분 방식</translation>
    </message>
    <message>
        <source>Planned amount</source>
        <translation>계획 금액</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Estimate to complete</source>
        <translation>잔여 소요 추정액</translation>
    </message>
    <message>
        <source>Progress date</source>
        <translation>진척 측정일</translation>
    </message>
    <message>
        <source>EAC method</source>
        <translation>EAC 산정 방식</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Watch threshold</source>
        <translation>주의 기준</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>초과 기준</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>선행 작업</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요 수준</translation>
    </message>
    <message>
        <source>Baseline name</source>
        <translation>기준 계획 이름</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>제약</translation>
    </message>
    <message>
        <source>Sign-off boxes</source>
        <translation>결재란</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>담당·연락처</translation>
    </message>
    <message>
        <source>Problems and measures</source>
        <translation>문제점 및 대책</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>대책</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Three-point estimate</source>
        <translation>3점 추정</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Impact (days)</source>
        <translation>영향(일)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>상관계수</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
    <message>
        <source>Optimistic (%)</source>
        <translation>낙관(%)</translation>
    </message>
    <message>
        <source>Pessimistic (%)</source>
        <translation>비관(%)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Domestic / foreign</source>
        <translation>국내 / 외국</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>참여 종료일</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Role (English)</source>
        <translation>역할 (영문)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참여 기관</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <source>Whole project</source>
        <translation>사업 전체</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>약정 추가</translation>
    </message>
    <message>
        <source>Record a signed commitment first.</source>
        <translation>먼저 체결된 약정을 기록하십시오.</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>납입 기록</translation>
    </message>
    <message>
        <source>This commitment has payments: delete them first.</source>
        <translation>이 약정에는 납입 기록이 있습니다. 먼저 납입 기록을 삭제하십시오.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Budget (BAC)</source>
        <translation>예산 (BAC)</translation>
    </message>
    <message>
        <source>The whole budget allotted to finish the project.</source>
        <translation>사업을 끝내는 데 배정된 전체 예산</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>계획 가치 (PV)</translation>
    </message>
    <message>
        <source>The budget of the work the plan says should be done by the status date.</source>
        <translation>계획대로라면 기준일까지 끝냈어야 할 일의 예산액</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>기성 가치 (EV)</translation>
    </message>
    <message>
        <source>The budget of the work actually done by the status date (% complete × budget).</source>
        <translation>기준일까지 실제로 끝낸 일의 예산액 (진척률 × 예산)</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>집행액 (AC)</translation>
    </message>
    <message>
        <source>The money actually spent by the status date.</source>
        <translation>기준일까지 실제로 지출한 금액</translation>
    </message>
    <message>
        <source>Cost performance index (CPI)</source>
        <translation>원가 효율 지수 (CPI)</translation>
    </message>
    <message>
        <source>EV ÷ AC. Below 1, more money was spent than the work done is worth.</source>
        <translation>기성 가치 ÷ 집행액. 1보다 작으면 끝낸 일에 비해 돈을 더 썼다는 뜻</translation>
    </message>
    <message>
        <source>Schedule performance index (SPI)</source>
        <translation>일정 효율 지수 (SPI)</translation>
    </message>
    <message>
        <source>EV ÷ PV. Below 1, less work is done than planned (behind schedule).</source>
        <translation>기성 가치 ÷ 계획 가치. 1보다 작으면 계획보다 일이 늦다는 뜻</translation>
    </message>
    <message>
        <source>Estimate at completion (EAC)</source>
        <translation>완료 시 추정 사업비 (EAC)</translation>
    </message>
    <message>
        <source>What the whole project is now expected to cost when finished.</source>
        <translation>지금까지의 실적으로 보아 사업을 끝낼 때 들 것으로 예상되는 총비용</translation>
    </message>
    <message>
        <source>Variance at completion (VAC)</source>
        <translation>완료 시 차이 (VAC)</translation>
    </message>
    <message>
        <source>Budget − EAC. Negative means an overrun is expected.</source>
        <translation>예산 − 완료 시 추정 사업비. 음수이면 예산 초과가 예상된다는 뜻</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>계약액</translation>
    </message>
    <message>
        <source>Contracts signed against a budget line (works, services, goods).</source>
        <translation>예산 항목에 대해 체결한 공사·용역·물품 계약의 금액</translation>
    </message>
    <message>
        <source>Contract rate</source>
        <translation>계약률</translation>
    </message>
    <message>
        <source>Contract amount ÷ budget.</source>
        <translation>계약액 ÷ 예산</translation>
    </message>
    <message>
        <source>Spending rate</source>
        <translation>집행률</translation>
    </message>
    <message>
        <source>Actual cost ÷ budget.</source>
        <translation>집행액 ÷ 예산</translation>
    </message>
    <message>
        <source>Investment pledged</source>
        <translation>출자 약정액</translation>
    </message>
    <message>
        <source>Investment a participant has pledged to the project (not a contract).</source>
        <translation>참여 기관이 사업에 투자하기로 약정한 금액 (사업비 계약과 다름)</translation>
    </message>
    <message>
        <source>Investment paid in</source>
        <translation>출자 납입액</translation>
    </message>
    <message>
        <source>The part of the pledged investment actually paid in.</source>
        <translation>약정한 투자금 가운데 실제로 납입한 금액</translation>
    </message>
    <message>
        <source>Foreign share</source>
        <translation>외국자본 비율</translation>
    </message>
    <message>
        <source>Share of the investment from foreign participants; the plan requires at least 30 %.</source>
        <translation>투자금 가운데 외국 참여 기관의 몫. 계획상 30% 이상이어야 함</translation>
    </message>
    <message>
        <source>Construction start</source>
        <translation>착공</translation>
    </message>
    <message>
        <source>The first day of construction works on site.</source>
        <translation>현장에서 공사를 시작한 날</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>준공</translation>
    </message>
    <message>
        <source>The works are finished and accepted.</source>
        <translation>공사를 마치고 준공 검사를 받은 상태</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>완료 (기한 초과)</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>기초자치단체</translation>
    </message>
    <message>
        <source>Provincial government</source>
        <translation>광역자치단체</translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation>공공기관</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>명</translation>
    </message>
    <message>
        <source>Done (%1 days past due)</source>
        <translation>완료 (기한 %1일 초과)</translation>
    </message>
    <message>
        <source>KRW</source>
        <translation>원</translation>
    </message>
    <message>
        <source>KRW thousand</source>
        <translation>천원</translation>
    </message>
    <message>
        <source>KRW million</source>
        <translation>백만원</translation>
    </message>
    <message>
        <source>KRW 100 million</source>
        <translation>억원</translation>
    </message>
    <message>
        <source>KRW %1 trillion</source>
        <translation>%1조원</translation>
    </message>
    <message>
        <source>KRW %1 billion</source>
        <translation>%1십억원</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>단위: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>“%1” v%2, float %3 d</source>
        <translation>“%1” %2차, 여유 %3일</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>외국</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>사업 전체</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>삼각</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT(베타)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>균등</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>이 사업</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>작업 추가</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>작업 삭제</translation>
    </message>
    <message>
        <source>Duration changed</source>
        <translation>기간 변경</translation>
    </message>
    <message>
        <source>Link added</source>
        <translation>연결 추가</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Link changed</source>
        <translation>연결 변경</translation>
    </message>
    <message>
        <source>Constraint changed</source>
        <translation>제약 변경</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>달력 변경</translation>
    </message>
    <message>
        <source>Finish moved</source>
        <translation>완료일 이동</translation>
    </message>
    <message>
        <source>Progress this period</source>
        <translation>이번 기간 진척</translation>
    </message>
    <message>
        <source>Float eroded</source>
        <translation>여유 감소</translation>
    </message>
    <message>
        <source>Now critical</source>
        <translation>새로 주공정</translation>
    </message>
    <message>
        <source>No longer critical</source>
        <translation>주공정에서 빠짐</translation>
    </message>
    <message>
        <source>Milestone moved</source>
        <translation>마일스톤 이동</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>Added and deleted activities</source>
        <translation>추가·삭제된 작업</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Logic (links)</source>
        <translation>논리 (연결)</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>제약</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>달력</translation>
    </message>
    <message>
        <source>Dates moved</source>
        <translation>일정 이동</translation>
    </message>
    <message>
        <source>Critical path before and after</source>
        <translation>주공정 변화</translation>
    </message>
    <message>
        <source>Milestones moved</source>
        <translation>마일스톤 이동</translation>
    </message>
    <message>
        <source>Missing logic</source>
        <translation>논리 누락</translation>
    </message>
    <message>
        <source>Leads (negative lags)</source>
        <translation>리드 (음수 지연)</translation>
    </message>
    <message>
        <source>Lags</source>
        <translation>래그 (지연)</translation>
    </message>
    <message>
        <source>Relationship types</source>
        <translation>관계 유형</translation>
    </message>
    <message>
        <source>Hard constraints</source>
        <translation>강제 제약</translation>
    </message>
    <message>
        <source>High float</source>
        <translation>과다 여유</translation>
    </message>
    <message>
        <source>Negative float</source>
        <translation>음수 여유</translation>
    </message>
    <message>
        <source>High duration</source>
        <translation>과다 기간</translation>
    </message>
    <message>
        <source>Invalid dates</source>
        <translation>잘못된 날짜</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>자원 미배정</translation>
    </message>
    <message>
        <source>Missed tasks</source>
        <translation>기한 넘긴 작업</translation>
    </message>
    <message>
        <source>Critical path test</source>
        <translation>주공정 시험</translation>
    </message>
    <message>
        <source>Critical path length index (CPLI)</source>
        <translation>주공정 길이 지수 (CPLI)</translation>
    </message>
    <message>
        <source>Baseline execution index (BEI)</source>
        <translation>기준선 실행 지수 (BEI)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>started</source>
        <translation>착수</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>미달</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>“{text}” is not an amount. Write it as 1,234,000 or 12억 or 1.2조.</source>
        <translation>금액이 아닙니다(입력값 “{text}”). 1,234,000 또는 12억, 1.2조처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number of won.</source>
        <translation>금액이 원 단위 정수가 아닙니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>{field}: an amount must be a whole number of won.</source>
        <translation>{field}: 금액은 원 단위 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{field}: the amount cannot be negative.</source>
        <translation>{field}: 금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the amount is beyond 10¹⁵ won; please check it.</source>
        <translation>{field}: 금액이 10¹⁵원을 넘습니다. 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date. Write it as 2025-06-26 or 2025. 6. 26.</source>
        <translation>{field}: 날짜가 아닙니다(입력값 “{text}”). 2025-06-26 또는 2025. 6. 26.처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date of the calendar.</source>
        <translation>{field}: 달력에 없는 날짜입니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a month. Write it as 2025-06.</source>
        <translation>{field}: 연월이 아닙니다(입력값 “{text}”). 2025-06처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: the finish {finish} is before the start {start}.</source>
        <translation>{field}: 종료일({finish})이 시작일({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>{field}: a value is required.</source>
        <translation>{field}: 값을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number of 0 or more.</source>
        <translation>{field}: 0 이상의 정수가 아닙니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is out of range.</source>
        <translation>{field}: 허용 범위를 벗어난 값입니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>{field}: a percentage must be between 0 and 100.</source>
        <translation>{field}: 백분율은 0에서 100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{field}: a share must be between 0 and 1 (0 % and 100 %).</source>
        <translation>{field}: 비율은 0에서 1 (0%~100%) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: 숫자가 아닙니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>{field}: 여기에서 수정할 수 없는 항목입니다.</translation>
    </message>
    <message>
        <source>The item no longer exists (it may have been deleted).</source>
        <translation>해당 항목이 더 이상 없습니다 (삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>This task is not a milestone.</source>
        <translation>이 작업은 마일스톤이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: an actual date cannot be in the future ({value}).</source>
        <translation>{field}: 실적 날짜는 미래일 수 없습니다 ({value}).</translation>
    </message>
    <message>
        <source>There is no participant “{party}”.</source>
        <translation>참여 기관 목록에 없는 이름입니다: “{party}”.</translation>
    </message>
    <message>
        <source>There is no phase “{phase}”.</source>
        <translation>없는 단계입니다: “{phase}”.</translation>
    </message>
    <message>
        <source>{field}: a name may have at most {limit} characters.</source>
        <translation>{field}: 이름은 {limit}자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of participant. Write local government, provincial government, public agency, company, university or other.</source>
        <translation>알 수 없는 기관 구분입니다(입력값 “{text}”). 지자체, 광역자치단체, 공공기관, 기업, 대학, 기타 중 하나로 쓰십시오.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is neither domestic nor foreign.</source>
        <translation>{field}: 국내 또는 해외(외국)로 쓰십시오(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a country. Write a two-letter code such as KR or US, or the country&apos;s name.</source>
        <translation>{field}: 알 수 없는 국가입니다(입력값 “{value}”). KR, US 같은 두 글자 코드나 국가명으로 쓰십시오.</translation>
    </message>
    <message>
        <source>{field}: “{name}” is already used by the participant “{other}”. Choose another name.</source>
        <translation>{field}: “{name}”: 이미 쓰이는 이름입니다 (참여 기관 “{other}”). 다른 이름을 쓰십시오.</translation>
    </message>
    <message>
        <source>“{name}” has a record dated {last}, so it cannot retire on {date}. Choose a later date.</source>
        <translation>“{name}” 기관에는 {last} 날짜의 기록이 있어 {date}에 참여 종료할 수 없습니다. 더 늦은 날짜를 고르십시오.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {commitments} investment pledges, {contracts} contracts and {tasks} tasks name it. Retire it instead; its history is kept.</source>
        <translation>“{name}” 기관은 삭제할 수 없습니다: 출자 약정 {commitments}건, 계약 {contracts}건, 작업 {tasks}건에 기록되어 있습니다. 대신 참여 종료로 처리하십시오. 이력은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>“{name}” retired from the project on {retired_on}; it takes no record dated {date}.</source>
        <translation>“{name}” 기관은 {retired_on}에 참여를 종료했으므로 {date} 날짜의 기록을 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the exchange rate must be more than 0.</source>
        <translation>{field}: 환율은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{field}: an amount in won has the exchange rate 1.</source>
        <translation>{field}: 원화 금액의 환율은 1입니다.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a currency code such as KRW or USD.</source>
        <translation>{field}: KRW, USD 같은 통화 코드가 아닙니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>{field}: the payment is more than what is left of the commitment ({remaining:,.2f} {currency}).</source>
        <translation>{field}: 납입액이 약정 잔액({remaining:,.2f} {currency})보다 많습니다.</translation>
    </message>
    <message>
        <source>{field}: {energised} MW energised is more than the {installed} MW installed.</source>
        <translation>{field}: 가동 용량 {energised} MW가 설치 용량 {installed} MW보다 큽니다.</translation>
    </message>
    <message>
        <source>This phase already has a measurement on {date} (installed {installed} MW).</source>
        <translation>이 단계에는 {date} 측정값이 이미 있습니다 (설치 {installed} MW).</translation>
    </message>
    <message>
        <source>A payment needs a signed commitment, not a planned one.</source>
        <translation>납입은 계획 약정이 아닌 체결된 약정에만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Example data is already loaded. Remove it first to load it again.</source>
        <translation>예시 데이터가 이미 들어 있습니다. 다시 불러오려면 먼저 삭제하십시오.</translation>
    </message>
    <message>
        <source>“{text}” is not a duration. Write it as 5d, 2w or 10ed (calendar days).</source>
        <translation>기간이 아닙니다(입력값 “{text}”). 5d, 2w 또는 10ed(달력일)처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>“{text}”: durations are whole days.</source>
        <translation>기간은 일 단위 정수여야 합니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>A milestone has no duration.</source>
        <translation>마일스톤에는 기간이 없습니다.</translation>
    </message>
    <message>
        <source>“{text}” is not a predecessor: no task has this WBS code or row number. Write WBS codes or row numbers (ID column) with an optional type and lag: 1.2, 2.1SS+5d, #7FF-2d.</source>
        <translation>선행 작업이 아닙니다(입력값 “{text}”). 해당 WBS 코드나 행 번호의 작업이 없습니다. WBS 코드나 행 번호(ID 열)에 관계 유형과 지연을 붙여 쓰십시오: 1.2, 2.1SS+5d, #7FF-2d.</translation>
    </message>
    <message>
        <source>A predecessor is named twice in “{text}”.</source>
        <translation>“{text}”에 같은 선행 작업이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>There is no row {row}.</source>
        <translation>{row}행이 없습니다.</translation>
    </message>
    <message>
        <source>“{text}”: lags are whole days.</source>
        <translation>지연은 일 단위 정수여야 합니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>These links would make a loop: {names}. Nothing was changed.</source>
        <translation>이 연결은 순환을 만듭니다: {names}. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“{name}” cannot be its own predecessor.</source>
        <translation>“{name}” 작업은 자기 자신의 선행 작업이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>A link names a task that does not exist.</source>
        <translation>연결에 없는 작업이 있습니다.</translation>
    </message>
    <message>
        <source>“{name}” cannot be linked to its own summary task.</source>
        <translation>“{name}” 작업은 자신의 요약 작업과 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>These tasks are already linked.</source>
        <translation>이미 연결된 작업입니다.</translation>
    </message>
    <message>
        <source>“{value}” is not a link type (FS, SS, FF, SF).</source>
        <translation>연결 유형이 아닙니다(입력값 “{value}”). FS, SS, FF, SF 중 하나로 쓰십시오.</translation>
    </message>
    <message>
        <source>The first task of a level cannot be indented.</source>
        <translation>같은 수준의 첫 작업은 들여쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A top-level task cannot be outdented.</source>
        <translation>최상위 작업은 내어쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The task cannot move further.</source>
        <translation>더 이상 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>A milestone cannot contain tasks.</source>
        <translation>마일스톤 아래에는 작업을 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>A baseline named “{name}” already exists.</source>
        <translation>“{name}” 기준 계획이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The announced plan&apos;s baseline “{name}” cannot be removed.</source>
        <translation>발표 계획의 기준 계획은 삭제할 수 없습니다: “{name}”.</translation>
    </message>
    <message>
        <source>This constraint needs a date.</source>
        <translation>이 제약에는 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>The actual finish is before the actual start.</source>
        <translation>실적 종료일이 실적 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>{month} has not begun yet.</source>
        <translation>{month}: 아직 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>{month} is closed. Reopen it to change its figures.</source>
        <translation>{month}: 마감된 달입니다. 수치를 바꾸려면 마감을 해제하십시오.</translation>
    </message>
    <message>
        <source>{month} is already closed.</source>
        <translation>{month}: 이미 마감된 달입니다.</translation>
    </message>
    <message>
        <source>{month} is not closed.</source>
        <translation>{month}: 마감되지 않은 달입니다.</translation>
    </message>
    <message>
        <source>{month} cannot be closed: the late milestone “{milestone}” has no written cause and recovery plan ({count} missing). Write them under “Problems and measures” in the reports panel first.</source>
        <translation>{month} 마감 불가: 지연된 마일스톤 “{milestone}”의 원인과 대책이 작성되지 않았습니다 (미작성 {count}건). 보고서 화면의 ‘문제점 및 대책’에 먼저 적어 주십시오.</translation>
    </message>
    <message>
        <source>{field}: {count} boxes were given; at most {limit} fit the page.</source>
        <translation>{field}: {count}칸을 입력했습니다. 결재 칸은 {limit}칸까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is longer than {limit} characters.</source>
        <translation>{field}: “{text}”의 길이가 {limit}자를 넘습니다.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a spread. Choose even, S-curve or manual.</source>
        <translation>{field}: 배분 방식이 아닙니다(입력값 “{value}”). 균등, S-곡선, 직접 입력 중에서 고르십시오.</translation>
    </message>
    <message>
        <source>{field}: {month} is outside the budget line&apos;s period ({start} – {finish}).</source>
        <translation>{field}: 예산 항목 기간({start} – {finish}) 밖의 달입니다(입력값 {month}).</translation>
    </message>
    <message>
        <source>The contract belongs to another budget line.</source>
        <translation>이 계약은 다른 예산 항목에 속합니다.</translation>
    </message>
    <message>
        <source>The budget line has {count} actual costs; delete them first.</source>
        <translation>이 예산 항목에 집행 실적이 {count}건 있습니다. 먼저 삭제하십시오.</translation>
    </message>
    <message>
        <source>The budget line has {count} contracts; delete them first.</source>
        <translation>이 예산 항목에 계약이 {count}건 있습니다. 먼저 삭제하십시오.</translation>
    </message>
    <message>
        <source>{count} actual costs refer to this contract; it cannot be deleted.</source>
        <translation>집행 실적 {count}건이 이 계약을 참조하므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an EAC method (cpi, atypical, cpi_spi, bottom_up).</source>
        <translation>{field}: EAC 산정 방식이 아닙니다(입력값 “{value}”). cpi, atypical, cpi_spi, bottom_up 중에서 고르십시오.</translation>
    </message>
    <message>
        <source>The “over” threshold ({over} %) must not be above the “watch” threshold ({watch} %).</source>
        <translation>‘초과’ 기준({over}%)은 ‘주의’ 기준({watch}%)보다 높을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a category code (latin letters, digits and _, at most 32).</source>
        <translation>{field}: 분류 코드 형식이 아닙니다(입력값 “{value}”). 영문자·숫자·_만 써서 32자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>A budget category with the code “{value}” already exists.</source>
        <translation>코드 “{value}”의 예산 분류가 이미 있습니다.</translation>
    </message>
    <message>
        <source>{count} budget lines use this category; it cannot be deleted.</source>
        <translation>예산 항목 {count}개가 이 분류를 쓰므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>{month} has {count} cost entries for this line: correct them in the cost list.</source>
        <translation>{month}에 이 항목의 집행 기록이 {count}건 있습니다. 집행 목록에서 하나씩 고치십시오.</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>“{path}” 파일이 없습니다.</translation>
    </message>
    <message>
        <source>“{path}” is larger than {limit_mb} MB; split it or remove what is not needed.</source>
        <translation>“{path}” 파일이 {limit_mb} MB보다 큽니다. 나누거나 필요 없는 부분을 지우십시오.</translation>
    </message>
    <message>
        <source>“{path}”: {suffix} files cannot be imported here (use .xlsx or .csv).</source>
        <translation>“{path}”: {suffix} 파일은 여기서 가져올 수 없습니다(.xlsx 또는 .csv 사용).</translation>
    </message>
    <message>
        <source>“{path}” is not a readable table (damaged, or not a spreadsheet).</source>
        <translation>“{path}” 파일은 읽을 수 있는 표가 아닙니다(손상되었거나 스프레드시트가 아님).</translation>
    </message>
    <message>
        <source>“{path}” is neither UTF-8 nor CP949 text; save it again as UTF-8 CSV.</source>
        <translation>“{path}” 파일의 인코딩이 UTF-8도 CP949도 아닙니다. UTF-8 CSV로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>“{path}” has no rows.</source>
        <translation>“{path}”에 행이 없습니다.</translation>
    </message>
    <message>
        <source>“{path}” has merged cells ({cells}); unmerge them so every row has its own values.</source>
        <translation>“{path}”에 병합된 셀({cells})이 있습니다. 모든 행이 값을 갖도록 병합을 해제하십시오.</translation>
    </message>
    <message>
        <source>“{path}”: the formula in {cell} has no calculated value; open and save the file in Excel first.</source>
        <translation>“{path}”: {cell}의 수식에 계산된 값이 없습니다. Excel에서 파일을 열어 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Choose the column for {field}.</source>
        <translation>{field}에 해당하는 열을 고르십시오.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of sheet this program imports.</source>
        <translation>이 프로그램이 가져오지 않는 시트 종류입니다: “{kind}”</translation>
    </message>
    <message>
        <source>“{text}” is not a phase number.</source>
        <translation>단계 번호가 아닙니다(입력값 “{text}”).</translation>
    </message>
    <message>
        <source>Phase {phase} has no budget line “{text}”.</source>
        <translation>{phase}단계에 없는 예산 항목입니다: “{text}”.</translation>
    </message>
    <message>
        <source>Phase {phase} has several budget lines “{text}”.</source>
        <translation>{phase}단계에 같은 이름의 예산 항목이 여러 개 있습니다: “{text}”.</translation>
    </message>
    <message>
        <source>“{party}” has no signed commitment that matches.</source>
        <translation>“{party}”에 맞는 체결 약정이 없습니다.</translation>
    </message>
    <message>
        <source>“{party}” has several commitments: give the commitment date and phase.</source>
        <translation>“{party}”의 약정이 여러 건입니다. 약정일과 단계를 함께 적으십시오.</translation>
    </message>
    <message>
        <source>{count} rows are rejected: correct the file and preview it again. Nothing was imported.</source>
        <translation>{count}개 행이 거부되었습니다. 파일을 고친 뒤 다시 미리 보십시오. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no row to import.</source>
        <translation>가져올 행이 없습니다.</translation>
    </message>
    <message>
        <source>Row {row} was refused ({reason}); nothing was imported.</source>
        <translation>{row}행이 거부되었습니다({reason}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {detail}.</source>
        <translation>파일을 읽을 수 없습니다: “{path}” ({detail}).</translation>
    </message>
    <message>
        <source>“{path}” is {size_mb} MB; MS Project files above {limit_mb} MB are not read.</source>
        <translation>“{path}” 파일의 크기는 {size_mb} MB입니다. {limit_mb} MB가 넘는 MS Project 파일은 읽지 않습니다.</translation>
    </message>
    <message>
        <source>“{path}” is a binary MS Project file (.mpp). Save it as XML in MS Project (Save As › XML) and import that.</source>
        <translation>“{path}” 파일은 이진 MS Project 형식(.mpp)입니다. MS Project에서 XML로 저장(다른 이름으로 저장 › XML)한 뒤 가져오십시오.</translation>
    </message>
    <message>
        <source>“{path}” contains a document type declaration, which MS Project never writes; it was refused for safety. Nothing was changed.</source>
        <translation>“{path}”에는 MS Project가 쓰지 않는 문서 형식 선언(DTD)이 있어 안전을 위해 거부했습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” is not well-formed XML (line {line}); it may be truncated or not an XML file. Nothing was changed.</source>
        <translation>“{path}” 파일은 올바른 XML이 아닙니다({line}행). 잘렸거나 XML 파일이 아닐 수 있습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The file&apos;s text in {encoding} cannot be read (line {line}). Save it as UTF-8 XML.</source>
        <translation>파일의 {encoding} 텍스트를 읽을 수 없습니다({line}행). UTF-8 XML로 저장하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is not an MS Project XML file (its root element is &lt;{root}&gt;, not &lt;Project&gt;).</source>
        <translation>“{path}” 파일은 MS Project XML 형식이 아닙니다(최상위 요소가 &lt;Project&gt;가 아니라 &lt;{root}&gt;).</translation>
    </message>
    <message>
        <source>Task UID {uid}: “{value}” is not a valid {field}. Nothing was imported.</source>
        <translation>작업 UID {uid}: {field} 값이 올바르지 않습니다(값 “{value}”). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Two tasks have the UID {uid}. Nothing was imported.</source>
        <translation>두 작업의 UID가 같습니다(UID {uid}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} link(s) name a task that is not in the file (predecessor → task UID: {links}). Nothing was imported.</source>
        <translation>연결 {count}개가 파일에 없는 작업을 가리킵니다(선행 → 작업 UID: {links}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” has no tasks to import.</source>
        <translation>“{path}”에는 가져올 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Phase {phase} has no summary task to import under.</source>
        <translation>{phase}단계에 가져올 요약 작업이 없습니다.</translation>
    </message>
    <message>
        <source>No task of “{path}” matches a task of the plan (by UID, or by WBS and name); no baseline was saved.</source>
        <translation>“{path}”의 어느 작업도 계획의 작업과 맞지 않습니다(UID 또는 WBS·이름 기준). 기준 계획을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database refused a value from “{path}” ({detail}); nothing was changed.</source>
        <translation>데이터베이스가 “{path}”의 값을 거부했습니다({detail}). 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” is {size_mb} MB; P6 files above {limit_mb} MB are not read.</source>
        <translation>“{path}” 파일의 크기는 {size_mb} MB입니다. {limit_mb} MB를 넘는 P6 파일은 읽지 않습니다.</translation>
    </message>
    <message>
        <source>“{path}” is not a Primavera P6 XER file: its first line is not the ERMHDR header. Nothing was read.</source>
        <translation>“{path}” 파일은 Primavera P6 XER 파일이 아닙니다. 첫 줄이 ERMHDR 머리글이 아닙니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”: the text cannot be read as {encoding} (line {line}). Export the file again from P6. Nothing was read.</source>
        <translation>“{path}” 파일의 글자를 {encoding} 인코딩으로 읽을 수 없습니다({line}행). P6에서 파일을 다시 내보내 주십시오. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: “{detail}” is not where an XER file allows it (damaged or edited by hand). Nothing was read.</source>
        <translation>“{path}” {line}행: XER 파일에서 “{detail}” 줄이 올 수 없는 위치에 있습니다(파일 손상 또는 직접 편집). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: the {table} row has {found} values for {expected} fields (a tab inside a value). Nothing was read.</source>
        <translation>“{path}” {line}행: {table} 표의 행에 필드 {expected}개보다 많은 값 {found}개가 있습니다(값 안에 탭 문자가 들어 있음). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” ends at line {line} without the closing %E line: the file is incomplete. Nothing was read.</source>
        <translation>“{path}” 파일이 마지막 %E 줄 없이 {line}행에서 끝납니다. 파일이 완전하지 않습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” has no {table} table; it is not a complete project export. Nothing was read.</source>
        <translation>“{path}” 파일에 {table} 표가 없습니다. 프로젝트 전체를 내보낸 파일이 아닙니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: the {table} table lacks the field {field}. Nothing was read.</source>
        <translation>“{path}” {line}행: {table} 표에 {field} 필드가 없습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: “{value}” is not a valid {table}.{field}. Nothing was read.</source>
        <translation>“{path}” {line}행: “{value}” 값은 올바른 {table}.{field} 값이 아닙니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: the {table} id {id} appears twice. Nothing was read.</source>
        <translation>“{path}” {line}행: {table} 표에 같은 ID가 두 번 나옵니다(ID {id}). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: a relationship names activity {activity}, which is not in the file. Nothing was read.</source>
        <translation>“{path}” {line}행: 관계가 파일에 없는 작업을 가리킵니다(작업 {activity}). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: the relationships form a loop ({activities}). Nothing was read.</source>
        <translation>“{path}” {line}행: 작업 관계가 순환합니다({activities}). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” holds {count} projects; choose one: {projects}.</source>
        <translation>“{path}” 파일에는 프로젝트가 {count}개 있습니다. 다음 중 하나를 선택해 주십시오: {projects}.</translation>
    </message>
    <message>
        <source>“{path}” has no project “{project}”; its projects are: {projects}.</source>
        <translation>“{path}” 파일에 “{project}” 프로젝트가 없습니다. 파일의 프로젝트: {projects}.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: the calendar “{calendar}” cannot be read ({detail}). Nothing was read.</source>
        <translation>“{path}” {line}행: 달력 “{calendar}” 내용을 읽을 수 없습니다({detail}). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”: the links form a loop ({activities}). Nothing was imported.</source>
        <translation>“{path}”: 연결이 순환을 이룹니다 ({activities}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}”: activity {activity} cannot be scheduled ({detail}). Nothing was imported.</source>
        <translation>“{path}”: 작업 {activity}의 일정을 계산할 수 없습니다 ({detail}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” has no activities to import.</source>
        <translation>“{path}”에는 가져올 작업이 없습니다.</translation>
    </message>
    <message>
        <source>“{path}” is already version {number} of “{name}”. Nothing was imported.</source>
        <translation>“{path}” 파일은 이미 “{name}”의 {number}차 버전으로 저장되어 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>A schedule name has 1 to {limit} characters.</source>
        <translation>공정표 이름은 1자 이상 {limit}자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>There is no contractor schedule “{name}”.</source>
        <translation>협력사 공정표 목록에 “{name}” 공정표가 없습니다.</translation>
    </message>
    <message>
        <source>A stored schedule version is in a layout this version of the application does not know ({format}); it was not read.</source>
        <translation>저장된 공정표 버전이 이 프로그램이 모르는 형식({format})으로 되어 있어 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{name}” has {count} version(s) imported since: undo those first.</source>
        <translation>“{name}”에 그 뒤에 가져온 버전이 {count}개 있습니다. 그 버전들을 먼저 되돌리십시오.</translation>
    </message>
    <message>
        <source>“{name}” has {count} version(s); a review needs two.</source>
        <translation>“{name}”의 버전은 {count}개입니다. 변경 검토에는 두 버전이 필요합니다.</translation>
    </message>
    <message>
        <source>“{path}”: {suffix} files are not schedules (use MS Project XML .xml or Primavera P6 .xer).</source>
        <translation>“{path}”: {suffix} 파일은 공정표가 아닙니다. MS Project XML(.xml) 또는 Primavera P6(.xer) 파일을 사용해 주십시오.</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {detail}.</source>
        <translation>“{path}”에 쓸 수 없습니다: {detail}.</translation>
    </message>
    <message>
        <source>There is no table “{table}” to export (tables: {tables}).</source>
        <translation>없는 표입니다: “{table}”. 내보낼 수 있는 표: {tables}.</translation>
    </message>
    <message>
        <source>“{format}” is not an export format (mspdi, xlsx, csv).</source>
        <translation>내보내기 형식이 아닙니다(입력값 “{format}”). mspdi, xlsx, csv 중에서 고르십시오.</translation>
    </message>
    <message>
        <source>“{path}” does not end in .{format}.</source>
        <translation>“{path}”: 파일 확장자가 내보내기 형식과 맞지 않습니다(필요한 확장자: .{format}).</translation>
    </message>
    <message>
        <source>“{path}” is not a file. Choose a database file.</source>
        <translation>파일이 아닙니다: “{path}”. 데이터베이스 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is not a database of this application (not an SQLite file). It was not changed. Choose another file or restore a backup.</source>
        <translation>“{path}” 파일은 이 프로그램의 데이터베이스가 아닙니다 (SQLite 파일이 아님). 파일은 변경되지 않았습니다. 다른 파일을 선택하거나 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is an SQLite file of another program. It was not changed. Choose a database of this application.</source>
        <translation>“{path}” 파일은 다른 프로그램의 SQLite 데이터베이스입니다. 파일은 변경되지 않았습니다. 이 프로그램의 데이터베이스를 선택하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is incomplete (truncated, perhaps by an interrupted copy). It was not changed. Restore it from a backup.</source>
        <translation>“{path}” 파일이 불완전합니다 (복사 중단 등으로 잘림). 파일은 변경되지 않았습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is damaged. It was not changed. Restore it from a backup.</source>
        <translation>“{path}” 파일이 손상되었습니다. 파일은 변경되지 않았습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written (read-only file or folder). Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>“{path}”에 쓸 수 없습니다 (읽기 전용 파일 또는 폴더). 쓰기 가능한 폴더로 복사하거나 쓰기 권한을 요청하십시오.</translation>
    </message>
    <message>
        <source>“{path}” is locked by another program. Close that program and try again.</source>
        <translation>다른 프로그램이 “{path}” 파일을 잠그고 있습니다. 그 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of this application. It was not changed. Install the newer version to open it.</source>
        <translation>“{path}” 파일은 이 프로그램의 최신 버전에서 만들어졌습니다. 파일은 변경되지 않았습니다. 최신 버전을 설치한 뒤 여십시오.</translation>
    </message>
    <message>
        <source>The folder of “{path}” does not exist.</source>
        <translation>“{path}”의 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The backup could not be written: {detail}</source>
        <translation>백업을 저장하지 못했습니다: {detail}</translation>
    </message>
    <message>
        <source>“{task}”: the optimistic, most likely and pessimistic durations must be numbers.</source>
        <translation>“{task}”: 낙관·최빈·비관 기간은 모두 숫자로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>“{task}”: a duration cannot be negative ({value} days).</source>
        <translation>“{task}”: 기간은 음수일 수 없습니다(입력값 {value}일).</translation>
    </message>
    <message>
        <source>“{task}”: the durations must run optimistic ≤ most likely ≤ pessimistic (given {optimistic}, {most_likely}, {pessimistic} days).</source>
        <translation>“{task}”: 기간은 낙관 ≤ 최빈 ≤ 비관 순서여야 합니다(입력값 {optimistic}, {most_likely}, {pessimistic}일).</translation>
    </message>
    <message>
        <source>“{task}” has two estimates.</source>
        <translation>“{task}”에 대한 추정치가 두 개 있습니다.</translation>
    </message>
    <message>
        <source>“{task}” is a summary task: its duration comes from its tasks. Give the estimate to them.</source>
        <translation>요약 작업 “{task}”의 기간은 하위 작업에서 정해집니다. 추정치는 하위 작업에 입력하십시오.</translation>
    </message>
    <message>
        <source>“{value}” is not a distribution (triangular, PERT, uniform).</source>
        <translation>지원하지 않는 분포입니다(입력값 “{value}”). 삼각, PERT, 균등 중에서 고르십시오.</translation>
    </message>
    <message>
        <source>A probability must be between 0 and 1 (0 % and 100 %); “{value}” is not.</source>
        <translation>확률은 0과 1(0 %~100 %) 사이여야 합니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>“{task}”: an impact must be a number of days from 0 to 100,000 (given {value}).</source>
        <translation>“{task}”: 영향은 0~100,000일 사이의 일수여야 합니다(입력값 {value}).</translation>
    </message>
    <message>
        <source>The task “{task}” is not in the schedule.</source>
        <translation>작업 “{task}”: 일정에 없는 작업입니다.</translation>
    </message>
    <message>
        <source>“{task}” is a summary task: name the task or milestone the risk delays.</source>
        <translation>요약 작업 “{task}”에는 위험을 연결할 수 없습니다. 위험이 지연시키는 작업이나 마일스톤을 지정하십시오.</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>위험 제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>Name at least one task or milestone the risk delays.</source>
        <translation>위험이 지연시키는 작업이나 마일스톤을 하나 이상 지정하십시오.</translation>
    </message>
    <message>
        <source>Group “{group}”: a correlation of {value} is not valid for its tasks (allowed: {minimum} to 1).</source>
        <translation>그룹 “{group}”: 상관계수가 유효하지 않습니다(입력값 {value}, 허용 범위 {minimum}~1).</translation>
    </message>
    <message>
        <source>“{task}” is in the groups “{other}” and “{group}”; a task belongs to one group.</source>
        <translation>“{task}” 작업이 그룹 “{other}”, “{group}”에 모두 속해 있습니다. 작업은 한 그룹에만 속할 수 있습니다.</translation>
    </message>
    <message>
        <source>A group named “{name}” already exists.</source>
        <translation>이름이 “{name}”인 그룹이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>분석을 취소했습니다.</translation>
    </message>
    <message>
        <source>Rows of the import “{source}” were changed or deleted since: it cannot be undone as a whole.</source>
        <translation>가져오기 “{source}”의 행이 그 뒤에 바뀌었거나 삭제되어, 한꺼번에 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The import “{source}” has already been removed.</source>
        <translation>이미 되돌린 가져오기입니다: “{source}”.</translation>
    </message>
    <message>
        <source>The import “{source}” is already in place.</source>
        <translation>이미 반영된 가져오기입니다: “{source}”.</translation>
    </message>
    <message>
        <source>Progress of {value} % in {month} is below the previous measurement ({previous} %). Record it anyway?</source>
        <translation>{month} 진척률 {value}%가 직전 측정값({previous}%)보다 낮습니다. 그래도 기록하시겠습니까?</translation>
    </message>
    <message>
        <source>{month} is before the budget line starts ({start}).</source>
        <translation>{month}: 예산 항목 시작({start}) 전입니다.</translation>
    </message>
    <message>
        <source>A summary task&apos;s progress comes from its tasks: enter it on them.</source>
        <translation>요약 작업의 진척률은 하위 작업에서 계산됩니다. 하위 작업에 입력하십시오.</translation>
    </message>
    <message>
        <source>The line&apos;s period {start}–{finish} lies outside phase {phase} (from {phase_start} to {phase_finish}).</source>
        <translation>예산 항목 기간({start}~{finish})이 {phase}단계 기간({phase_start}~{phase_finish})을 벗어납니다.</translation>
    </message>
    <message>
        <source>Phase {phase} already has a budget line named “{name}”.</source>
        <translation>{phase}단계에 “{name}” 예산 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The budget of {budget:,} won is below what the line has already spent ({spent:,} won) or contracted ({contracted:,} won). Keep it anyway?</source>
        <translation>예산 {budget:,}원이 이 항목의 집행액({spent:,}원) 또는 계약액({contracted:,}원)보다 적습니다. 그래도 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>{field}: there is no budget category “{text}”.</source>
        <translation>{field}: “{text}” 예산 분류가 없습니다.</translation>
    </message>
    <message>
        <source>{month} already has a measurement for this budget line: change it in the budget table.</source>
        <translation>이 예산 항목에는 {month} 측정값이 이미 있습니다. 예산 표에서 고치십시오.</translation>
    </message>
    <message>
        <source>“{path}” is an empty file (0 bytes), not a database. It was not changed. Choose another file, or confirm that a new database should be made in it.</source>
        <translation>“{path}”: 빈 파일(0바이트)이며 데이터베이스가 아닙니다. 파일은 바뀌지 않았습니다. 다른 파일을 선택하거나, 이 파일에 새 데이터베이스를 만들지 확인해 주십시오.</translation>
    </message>
    <message>
        <source>“{path}” was interrupted while saving and must finish undoing that change, which needs write permission. Open it once from a folder you can write to (or ask for write permission); nothing was changed.</source>
        <translation>“{path}” 파일은 저장 도중 중단되어, 중단된 변경을 되돌리는 작업을 마쳐야 하며 여기에는 쓰기 권한이 필요합니다. 쓰기 권한이 있는 폴더에서 한 번 열거나 쓰기 권한을 요청하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” is open in another window or on another computer. Close it there first, then restore again. Nothing was changed.</source>
        <translation>“{path}” 파일이 다른 창이나 다른 컴퓨터에서 열려 있습니다. 그곳에서 먼저 닫은 뒤 다시 복원하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk of “{path}” is full. Free some space and open it again; the file was not changed.</source>
        <translation>“{path}” 파일이 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 여십시오. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Another user is saving to this database right now. Your change was not saved yet; try again in a moment.</source>
        <translation>다른 사용자가 지금 이 데이터베이스에 저장하고 있습니다. 변경 내용은 아직 저장되지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk is full: your change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>디스크가 가득 차서 변경 내용을 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도하십시오. 이전에 저장한 내용은 모두 그대로입니다.</translation>
    </message>
    <message>
        <source>The database can no longer be written (the file or its folder became read-only). Your change was not saved.</source>
        <translation>데이터베이스에 더 이상 쓸 수 없습니다(파일이나 폴더가 읽기 전용이 되었습니다). 변경 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database file could not be read or written ({detail}). If it is on a network drive, check the connection. Your change was not saved.</source>
        <translation>데이터베이스 파일을 읽거나 쓰지 못했습니다({detail}). 네트워크 드라이브에 있다면 연결을 확인하십시오. 변경 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Nothing more was written; restore it from a backup.</source>
        <translation>데이터베이스 파일이 손상되었습니다({detail}). 더 이상 아무것도 쓰지 않았습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The database refused a value ({detail}); nothing was changed.</source>
        <translation>데이터베이스가 값을 거부했습니다({detail}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>{who} changed this item at {when} after you opened it. Your change was not saved; look at the new values and edit again.</source>
        <translation>이 항목을 연 뒤 {who} 사용자가 {when}에 변경했습니다. 변경 내용은 저장되지 않았습니다. 새 값을 확인한 뒤 다시 수정하십시오.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an acceptable value here.</source>
        <translation>{field}: 여기에 쓸 수 있는 값이 아닙니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>{field}: the text has {length:,} characters; at most {limit:,} are allowed.</source>
        <translation>{field}: 글자 수가 {length:,}자입니다. 최대 {limit:,}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the text contains invisible control characters (or a line break where none is allowed); remove them.</source>
        <translation>{field}: 보이지 않는 제어 문자(또는 허용되지 않는 줄바꿈)가 들어 있습니다. 지우고 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a finite number.</source>
        <translation>{field}: 유한한 숫자가 아닙니다(입력값 “{value}”).</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the years 1900–2200.</source>
        <translation>{field}: 1900–2200년 범위를 벗어난 날짜입니다(입력값 {value}).</translation>
    </message>
    <message>
        <source>“{path}” unpacks to {size_mb} MB, more than the {limit_mb} MB a spreadsheet may hold here; it was not read.</source>
        <translation>“{path}” 파일은 압축을 풀면 {size_mb}MB로, 허용 한도 {limit_mb}MB를 넘습니다. 파일을 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>“{path}” has more than {limit:,} cells; split it into smaller files.</source>
        <translation>“{path}”의 셀이 {limit:,}개를 넘습니다. 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <source>The database checks out: integrity, {rows:,} audit rows in an unbroken chain, {anchors} anchors, no change outside the application.</source>
        <translation>검증 통과: 무결성 정상, 감사 기록 {rows:,}건의 해시 체인 끊김 없음, 기준점 {anchors}개 일치, 프로그램 밖 변경 없음.</translation>
    </message>
    <message>
        <source>{count} problem(s) found (listed above).</source>
        <translation>문제 {count}건을 찾았습니다(위 목록 참조).</translation>
    </message>
    <message>
        <source>More problems of the same kind ({kind}) are not listed.</source>
        <translation>같은 종류({kind})의 문제가 더 있으나 목록에서 생략했습니다.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: {detail}</source>
        <translation>SQLite 무결성 검사에 실패했습니다: {detail}</translation>
    </message>
    <message>
        <source>Audit row {id} does not follow the row before it: a row before it was removed or inserted.</source>
        <translation>감사 기록 {id}번이 바로 앞 기록과 이어지지 않습니다. 그 앞의 기록이 삭제되었거나 끼워 넣어졌습니다.</translation>
    </message>
    <message>
        <source>Audit row {id} was altered after it was written.</source>
        <translation>감사 기록 {id}번이 기록된 뒤 변경되었습니다.</translation>
    </message>
    <message>
        <source>The anchor of {at} ({reason}) names audit row {id}, which no longer exists: rows were removed.</source>
        <translation>{at}의 기준점({reason})이 가리키는 감사 기록 {id}번이 없습니다. 기록이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The anchor of {at} ({reason}) does not match audit row {id}: the chain up to it was rewritten.</source>
        <translation>{at}의 기준점({reason})이 감사 기록 {id}번과 일치하지 않습니다. 그때까지의 기록이 다시 작성되었습니다.</translation>
    </message>
    <message>
        <source>The anchor of {at} ({reason}) counted {expected} audit rows up to row {id}; there are {found}.</source>
        <translation>{at}의 기준점({reason})에는 {id}번까지 감사 기록이 {expected}건으로 기록되어 있으나 지금은 {found}건입니다.</translation>
    </message>
    <message>
        <source>The month close recorded in audit row {id} ({at}) has lost its anchor.</source>
        <translation>감사 기록 {id}번({at})의 월 마감 기준점이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>{table} row {key} was changed ({op}) without an audit record: outside the application.</source>
        <translation>{table}의 {key}번 행이 감사 기록 없이 변경({op})되었습니다. 프로그램 밖에서 변경되었습니다.</translation>
    </message>
    <message>
        <source>Audit row {id}, which recorded a change of {table} row {key}, was removed.</source>
        <translation>{table}의 {key}번 행 변경을 기록한 감사 기록 {id}번이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The change log of audit row {id} was altered.</source>
        <translation>감사 기록 {id}번의 변경 내역이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>{table} row {key} was added outside the application.</source>
        <translation>{table}의 {key}번 행이 프로그램 밖에서 추가되었습니다.</translation>
    </message>
    <message>
        <source>{table} row {key} was changed outside the application.</source>
        <translation>{table}의 {key}번 행이 프로그램 밖에서 변경되었습니다.</translation>
    </message>
    <message>
        <source>{table} row {key} was removed outside the application.</source>
        <translation>{table}의 {key}번 행이 프로그램 밖에서 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Change tracking of {table} was switched off or altered ({trigger}).</source>
        <translation>{table}의 변경 추적이 꺼졌거나 바뀌었습니다({trigger}).</translation>
    </message>
    <message>
        <source>Audit row {id} ({at}) is not the one in the backup: the chain was rewritten since (or the database was restored).</source>
        <translation>감사 기록 {id}번({at})이 백업의 기록과 다릅니다. 그 뒤에 기록이 다시 작성되었습니다(또는 데이터베이스가 복원되었습니다).</translation>
    </message>
    <message>
        <source>This item was changed outside the application since this window last saw it. Nothing was undone; look at its values and edit again.</source>
        <translation>이 항목이 이 창에서 마지막으로 본 뒤 프로그램 밖에서 변경되었습니다. 되돌리지 않았습니다. 값을 확인한 뒤 다시 수정하십시오.</translation>
    </message>
    <message>
        <source>{field}: there is no milestone “{text}” (give its WBS code or name).</source>
        <translation>{field}: “{text}” 마일스톤이 없습니다(WBS 코드나 이름으로 적으십시오).</translation>
    </message>
    <message>
        <source>{month} already has a cause and plan for “{text}”: change them in the reports panel.</source>
        <translation>{month}에 “{text}”의 원인과 대책이 이미 있습니다. 보고서 화면에서 고치십시오.</translation>
    </message>
</context>
<context>
    <name>recent</name>
    <message>
        <source>Recent databases</source>
        <translation>최근 데이터베이스</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>아직 연 다른 데이터베이스가 없습니다</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Status date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Monthly progress report (%1)</source>
        <translation>월간 추진 현황 보고 (%1)</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>보고일 %1</translation>
    </message>
    <message>
        <source>Program version %1</source>
        <translation>프로그램 버전 %1</translation>
    </message>
    <message>
        <source>Check value (SHA-256) %1</source>
        <translation>검증값(SHA-256) %1</translation>
    </message>
    <message>
        <source>DRAFT (month not closed)</source>
        <translation>초안 (마감 전)</translation>
    </message>
    <message>
        <source>EXAMPLE DATA — NOT ACTUAL FIGURES</source>
        <translation>예시 자료 — 실제 수치 아님</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Add task</source>
        <translation>작업 추가</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>마일스톤 추가</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>작업 삭제</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>내어쓰기</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Why this date?</source>
        <translation>이 날짜의 이유</translation>
    </message>
    <message>
        <source>Fit to project</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Save baseline…</source>
        <translation>기준 계획 저장…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>작업 수정</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>작업 이동</translation>
    </message>
    <message>
        <source>Change finish</source>
        <translation>종료일 변경</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>작업 연결</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>새 마일스톤</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 작업</translation>
    </message>
    <message>
        <source>“%1” is the summary of phase %2.</source>
        <translation>“%1”: %2단계의 요약 작업입니다.</translation>
    </message>
    <message>
        <source>“%1” is a milestone of the announced plan (MOU).</source>
        <translation>“%1”: 발표된 계획(MOU)의 마일스톤입니다.</translation>
    </message>
    <message>
        <source>%1 tasks and milestones under “%2” are deleted with it.</source>
        <translation>“%2” 아래의 작업과 마일스톤 %1개도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>Delete it anyway? Undo can bring it back.</source>
        <translation>그래도 삭제하시겠습니까? 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation>비교 기준 변경</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>기준 계획 저장</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>기준 계획 이름:</translation>
    </message>
    <message>
        <source>No predecessor drives “%1”: its own constraint, the status date or the project start sets its date.</source>
        <translation>“%1”의 날짜를 정하는 선행 작업은 없습니다. 자체 제약, 기준일(상태일) 또는 사업 시작일이 날짜를 정합니다.</translation>
    </message>
    <message>
        <source>“%1” is driven by:</source>
        <translation>“%1”의 날짜를 정하는 선행 작업:</translation>
    </message>
    <message>
        <source>Total float: %1 working days</source>
        <translation>총 여유: 작업일 %1일</translation>
    </message>
    <message>
        <source>Forecast by the contractor&apos;s schedule “%1” (version %2, %3): its finish %4 is this milestone&apos;s earliest date.</source>
        <translation>이 마일스톤의 전망일은 협력사 공정표 “%1”(%2차 버전, %3)의 완료일 %4입니다. 이보다 이른 날로 잡히지 않습니다.</translation>
    </message>
    <message>
        <source>The deadline %1 leaves it %2 of its own working days of float.</source>
        <translation>기한 %1까지 그 공정표 작업일로 %2일의 여유가 있습니다.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Gantt</source>
        <translation>간트 차트 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
</context>
</TS>
