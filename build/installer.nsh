; Included into electron-builder's NSIS installer (nsis.include).
;
; The update feed is configured at install time by IT, machine-wide, in
; %ProgramData%\Tezgah POS\update-feed.json, a folder only administrators may write:
;   TezgahPOS-Setup.exe /S /UPDATEFEED=https://updates.example.com/tezgah-pos/
; The file survives updates and uninstalls; without /UPDATEFEED an existing file is kept.
; The app reads it at start and accepts https addresses only.

!include "FileFunc.nsh"

!macro customInstall
  SetShellVarContext all
  CreateDirectory "$APPDATA\Tezgah POS"
  ; Administrators and SYSTEM may change the folder; everyone else may only read it, so a
  ; cashier cannot plant a feed file that points the till elsewhere.
  nsExec::Exec 'icacls "$APPDATA\Tezgah POS" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  Pop $0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/UPDATEFEED=" $R1
  ${IfNot} ${Errors}
    FileOpen $R2 "$APPDATA\Tezgah POS\update-feed.json" w
    FileWrite $R2 '{ "url": "$R1" }$\r$\n'
    FileClose $R2
  ${EndIf}
!macroend
