; NSIS 3 script of the Windows installer: 64-bit, Unicode, per user (no administrator rights).
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE=<the PyInstaller folder> -DOUTFILE=<file.exe> installer/pohang-tracker.nsi
;
; VERSION comes from desktop/__init__.py (installer/build-windows.sh and the Windows workflow pass it).
; -DFAST builds without compression (the build's quick "previous version" for the upgrade test).
;
; Installs to %LOCALAPPDATA%\Programs\PohangTracker, a Start-menu shortcut and, when chosen, a
; desktop one (silent: /DESKTOPSHORTCUT), and the uninstall entry under HKCU with version and
; size.  Installing over an installed copy replaces the program files in place.  The user's
; data (database, backups, settings, log) live in %APPDATA%\Pohang City (desktop/paths.py) and
; are never touched by an install or upgrade; the uninstaller removes them only when asked
; (a check box, default off; silent: /REMOVEDATA).

Unicode true
; 64-bit installer where this NSIS has the amd64 stubs (Debian's does); the official Windows
; NSIS has only x86 ones, whose 32-bit installer installs the same 64-bit program just as well
; (HKCU\Software and %LOCALAPPDATA% are the same for 32- and 64-bit programs).
!if /FileExists "${NSISDIR}\Stubs\lzma-amd64-unicode"
  Target amd64-unicode
!else
  Target x86-unicode
!endif

!ifndef VERSION
  !error "Pass the version: -DVERSION=x.y.z (desktop/__init__.py)"
!endif
!ifndef SOURCE
  !error "Pass the frozen program's folder: -DSOURCE=.../PohangTracker"
!endif
!ifndef OUTFILE
  !define OUTFILE "PohangTracker-${VERSION}-win64.exe"
!endif
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 32
!endif

!define APP "PohangTracker"
!define EXE "PohangTracker.exe"
!define CMD_EXE "PohangTrackerCmd.exe"  ; the same program for the command line (a console)
!define SHORTCUT "포항 AI컴퓨팅센터 사업관리"
!define PUBLISHER "Pohang City (포항시)"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define DATA_ORG "Pohang City"      ; desktop/paths.py ORGANIZATION
!define DATA_APP "PohangAITracker"  ; desktop/paths.py APPLICATION

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"

Name "$(ProductName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
ManifestDPIAware true
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "..\resources\icons\app.ico"
!define MUI_UNICON "..\resources\icons\app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString ProductName ${LANG_KOREAN} "포항 글로벌 AI컴퓨팅센터 사업관리"
LangString ProductName ${LANG_ENGLISH} "Pohang Global AI Computing Center tracker"
LangString SecProgram ${LANG_KOREAN} "프로그램"
LangString SecProgram ${LANG_ENGLISH} "Program"
LangString SecDesktop ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString DescProgram ${LANG_KOREAN} "프로그램 파일과 시작 메뉴 바로 가기입니다. 데이터베이스와 설정은 그대로 유지됩니다."
LangString DescProgram ${LANG_ENGLISH} "The program files and the Start-menu shortcut. Your database and settings are kept as they are."
LangString DescDesktop ${LANG_KOREAN} "바탕 화면에 바로 가기를 만듭니다."
LangString DescDesktop ${LANG_ENGLISH} "Puts a shortcut on the desktop."
LangString DataTitle ${LANG_KOREAN} "사용자 데이터"
LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataSubtitle ${LANG_KOREAN} "데이터베이스, 백업, 설정과 로그를 남길지 정하십시오."
LangString DataSubtitle ${LANG_ENGLISH} "Choose whether to keep the database, backups, settings and log."
LangString DataText ${LANG_KOREAN} "사용자 데이터는 $APPDATA\${DATA_ORG} 폴더에 있으며, 선택하지 않으면 그대로 남습니다. 다시 설치하면 그대로 이어서 사용할 수 있습니다. 다른 위치에 둔 데이터베이스 파일은 삭제하지 않습니다."
LangString DataText ${LANG_ENGLISH} "Your data are in $APPDATA\${DATA_ORG} and are kept unless you tick the box below; a new installation picks them up again. Database files kept elsewhere are never deleted."
LangString RemoveData ${LANG_KOREAN} "데이터베이스, 백업, 설정과 로그도 삭제"
LangString RemoveData ${LANG_ENGLISH} "Also delete the database, backups, settings and log"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_KOREAN} "ProductName" "포항 글로벌 AI컴퓨팅센터 사업관리"
VIAddVersionKey /LANG=${LANG_KOREAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_KOREAN} "FileDescription" "포항 글로벌 AI컴퓨팅센터 사업관리 설치 프로그램"
VIAddVersionKey /LANG=${LANG_KOREAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_KOREAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_KOREAN} "LegalCopyright" "Pohang City"

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade: the previous version's program files go, so none of them lingers beside
  ; the new ones.  Only what this installer put there, never the folder itself.
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\${EXE}"
    Delete "$INSTDIR\${CMD_EXE}"
  ${EndIf}
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "$(ProductName)"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\${EXE}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DescDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ; the desktop shortcut: asked for on the command line, or kept when an upgrade finds one
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOPSHORTCUT" $R1
  ${IfNot} ${Errors}
  ${OrIf} ${FileExists} "$DESKTOP\${SHORTCUT}.lnk"
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; -- uninstall ------------------------------------------------------------------------------

Var RemoveData
Var RemoveCheckbox

Function un.onInit
  StrCpy $RemoveData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 48u "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "$(RemoveData)"
  Pop $RemoveCheckbox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CMD_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: a file the user put there stays, and so does the folder
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; the program's caches (matplotlib's font list) are not data
  RMDir /r "$LOCALAPPDATA\${DATA_ORG}\${DATA_APP}"
  RMDir "$LOCALAPPDATA\${DATA_ORG}"
  ${If} $RemoveData == 1
    RMDir /r "$APPDATA\${DATA_ORG}\${DATA_APP}"
    Delete "$APPDATA\${DATA_ORG}\${DATA_APP}.ini"
    RMDir "$APPDATA\${DATA_ORG}"
  ${EndIf}
SectionEnd
