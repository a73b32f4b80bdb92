/** Every error the API answers with, by code, and the messages of validation rules. */
export default {
  'request.invalid_body': '入力内容に誤りがあります。各項目を確認してください。',
  'request.invalid_query': '検索条件に誤りがあります。',
  'request.invalid_params': 'URLの指定に誤りがあります。',
  'request.invalid_headers': 'リクエストヘッダーに誤りがあります。',
  'request.malformed': 'リクエストの形式が正しくありません。',
  'request.body_too_large': '送信されたデータが大きすぎます。',
  'request.unsupported_media_type': 'この形式のデータは受け付けていません。',
  'request.not_found': 'お探しのページまたはデータは見つかりませんでした。',
  'request.rate_limited': 'アクセスが集中しています。しばらく待ってから再度お試しください。',
  'auth.unauthenticated': 'ログインが必要です。',
  'auth.invalid_credentials': 'メールアドレスまたはパスワードが正しくありません。',
  'auth.too_many_attempts':
    'ログインの失敗が続いたため、一時的にログインを受け付けていません。しばらく待ってから再度お試しください。パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定してください。',
  'auth.email_not_verified':
    'メールアドレスの確認が済んでいません。届いたメールのリンクを開いてください。',
  'auth.account_disabled': 'このアカウントは利用停止中です。窓口へお問い合わせください。',
  'auth.forbidden': 'この操作を行う権限がありません。',
  'auth.cross_site_request': '別のサイトからの操作は受け付けられません。',
  'auth.email_taken':
    'このメールアドレスは既に登録されています。ログインするか、パスワードを再設定してください。',
  'auth.token_invalid': 'リンクが無効か、有効期限が切れています。もう一度お手続きください。',
  'auth.weak_password': 'このパスワードは使えません。',
  'auth.wrong_password': '現在のパスワードが正しくありません。',
  'users.not_found': '利用者が見つかりません。',
  'users.department_required': '部署職員には所属部署が必要です。',
  'organizations.not_found': '組織が見つかりません。',
  'organizations.already_member': 'この方は既にメンバーです。',
  'organizations.invitation_invalid':
    '招待リンクが無効か、有効期限が切れています。招待した方に再送を依頼してください。',
  'departments.not_found': '部署が見つかりません。',
  'departments.has_open_proposals':
    'この部署には、まだ終わっていない提案があります。先に別の課へ引き継いでから廃止してください。',
  'detail.departments.open_proposals':
    'この部署には、まだ終わっていない提案が{count}件あります。先に別の課へ引き継いでから廃止してください。',
  'departments.has_open_themes':
    'この部署には、準備中・募集中のテーマがあります。提案と一緒に別の課へ引き継いでから廃止してください。',
  'detail.departments.open_themes':
    'この部署には、準備中・募集中のテーマが{count}件あります（{titles}）。提案と一緒に別の課へ引き継いでから廃止してください。',
  'departments.has_children':
    'この部署の下に、廃止されていない部署があります。先にそれらを移すか廃止してください。',
  'departments.retired': 'この部署は廃止されています。',
  'departments.invalid_parent':
    '移動先が正しくありません。課は部の下に、部は局の下に置いてください（自分自身や配下の部署には移せません）。',
  'departments.code_taken': 'この部署コードは既に使われています。',
  'departments.invalid_handover':
    '引継ぎ先には、廃止されていない別の課（共創窓口以外）を選んでください。',
  'proposals.not_found': '提案が見つかりません。',
  'proposals.incomplete':
    '提出に必要な項目がまだ入力されていません。表示された項目を確認してください。',
  'proposals.already_assigned': 'この提案は既に別の担当者が受け持っています。',
  'proposals.closed': 'この提案は既に終了しています。',
  'proposals.not_editable': '提出済みの提案は編集できません。',
  'themes.not_found': 'テーマが見つかりません。',
  'themes.closed': 'このテーマの募集期間外のため提案できません。自由提案としてご提案いただけます。',
  'themes.closed_for_submission':
    'このテーマの募集は終了したため、このテーマへの提案は提出できません。自由提案として提出することはできます。',
  'detail.themes.closed_on':
    'テーマ「{title}」の募集は{closesOn}に終了したため、このテーマへの提案は提出できません。内容を自由提案として提出することはできます。',
  'themes.wrong_status':
    'このテーマは今の状態ではこの操作ができません。画面を更新して確認してください。',
  'themes.question_not_found': '質問が見つかりません。',
  'themes.already_answered': 'この質問にはすでに回答しています。',
  'validation.themes.closes_before_opening': '募集終了日は開始日以降の日にしてください。',
  'validation.themes.resource_twice': '同じ種類の資源は1回だけ選んでください。',
  'attachments.not_found': '添付ファイルが見つかりません。',
  'attachments.too_large': 'ファイルが大きすぎます。1ファイル10MBまでです。',
  'attachments.too_many':
    '添付できるファイルは1つの提案につき10件までです。不要なファイルを削除してから追加してください。',
  'attachments.unsupported_type':
    'このファイル形式は添付できません。PDF、PNG・JPEG画像、Word・Excel・PowerPointのファイルを選んでください（ファイル名ではなく中身で判定しています）。',
  'attachments.missing_file': 'ファイルを選んでください。',
  'attachments.confidential':
    'このファイルは秘密情報です。秘密保持契約（NDA）の締結後に閲覧できます。',
  'ndas.not_found': '秘密保持契約が見つかりません。',
  'ndas.no_template': '秘密保持契約のひな形が登録されていません。管理者にお問い合わせください。',
  'ndas.already_open': 'この提案の秘密保持契約は既に手続き中です。',
  'ndas.wrong_stage': '秘密保持契約は、担当部署が提案を受け付けた後（STEP 3）に手続きできます。',
  'ndas.not_signable': '現在この署名はできません。画面を更新して状況を確認してください。',
  'ndas.text_changed': '契約書の文面が更新されました。最新の文面を読んでから署名してください。',
  'dialogues.not_found': '対話の記録が見つかりません。',
  'dialogues.not_in_dialogue': '対話の記録は、提案が対話の段階（STEP 3）にある間に登録できます。',
  'dialogues.round_1_first':
    '先に対話①（目的・価値・役割分担・ビジネスモデル）を記録してください。',
  'dialogues.confirmed': '提案者が確認済みの記録は変更できません。コメントで補足してください。',
  'dialogues.round_recorded':
    'この対話の記録は既に登録されています。内容を直す場合は、登録済みの記録を修正してください。',
  'notes.invalid_mention': 'この提案を閲覧できない方はメンションできません。',
  'request.idempotency_mismatch':
    '同じ操作キーで異なる内容が送信されました。画面を更新してやり直してください。',
  'workflow.invalid_routing': '担当部署の指定に誤りがあります。',
  'workflow.action_not_allowed':
    '現在の状態ではこの操作はできません。画面を更新して最新の状態を確認してください。',
  'workflow.forbidden': 'この操作を行う権限がありません。',
  'workflow.version_conflict':
    '他の方が先にこの提案を更新しました。画面を更新してから、もう一度操作してください。',
  'workflow.precondition_failed': 'この操作の前に必要な手続きが済んでいません。',
  'dev.mailbox_disabled': '開発用メールボックスは利用できません。',
  'internal.error':
    'システムで問題が発生しました。時間をおいて再度お試しください。解決しない場合は窓口へお問い合わせください。',
  'service.unavailable': 'ただいまサービスを利用できません。少し時間をおいて再度お試しください。',
  'service.busy': 'ただいま大変混み合っています。少し時間をおいて再度お試しください。',
  'validation.common.invalid_id': 'IDの形式が正しくありません。',
  'validation.common.invalid_date': '日付はYYYY-MM-DDの形式で入力してください。',
  'validation.common.required': '必須項目です。入力してください。',
  'validation.auth.password_too_short': 'パスワードは10文字以上にしてください。',
  'validation.auth.password_too_long': 'パスワードは200文字以内にしてください。',
  'validation.auth.password_too_common':
    'よく使われていて推測されやすいパスワードです。別のパスワードにしてください。',
  'validation.auth.password_contains_email': 'メールアドレスを含まないパスワードにしてください。',
  'validation.auth.passwords_do_not_match': '確認用のパスワードが一致しません。',
  'validation.organizations.corporate_number_format': '法人番号は半角数字13桁で入力してください。',
  'validation.organizations.corporate_number_check_digit':
    '法人番号が正しくありません（チェックデジットが一致しません）。番号をご確認ください。',
  'validation.proposals.invalid_year_month':
    '年月はYYYY-MM の形式で入力してください（例: 2027-04）。',
  'validation.proposals.estimate_required': '新たな予算が必要な場合は、概算額を入力してください。',
  'validation.ndas.consent_required': '内容に同意のうえチェックを入れてください。',
  'validation.calendar.cutoff_day_not_in_month':
    'その月にない日付です。毎年ある日（2月は28日まで）を選んでください。',
  'validation.calendar.council_month_repeated':
    '同じ月が複数の定例会に含まれています。会期が重ならないようにしてください。',
  'validation.workflow.reason_required': '理由を入力してください。',
  'validation.workflow.reason_codes_required': '理由の区分を1つ以上選んでください。',
  'validation.required_field': '「{field}」は必須です。入力してください。',
  'validation.select_required': '「{field}」を選んでください（必須）。',
  'validation.date_required': '「{field}」の日付を入力してください（必須）。',
  'validation.auth.password_contains_site_name':
    'このサイトや市の名前（「{word}」）を含むパスワードは推測されやすいため使えません。別のパスワードにしてください。',
  'validation.auth.password_too_repetitive':
    '同じ文字の繰り返しが多く、推測されやすいパスワードです。別のパスワードにしてください。',
  'detail.workflow.lead_also_supporting': '主担当の部署を支援部署にも指定することはできません。',
  'detail.workflow.desk_cannot_be_assigned': '共創窓口自身を担当部署にすることはできません。',
  'detail.workflow.resume_date_in_past': '再開予定日は明日以降の日付にしてください。',
  'detail.workflow.override_reason_required':
    '提案者の確認を待たずに進める理由を入力してください（提案者に表示されます）。',
  'detail.themes.closes_before_opening': '募集終了日は開始日より後にしてください。',
  'detail.request.idempotency_key_format':
    'Idempotency-Key は 8〜200文字の半角英数字と _ . : - で指定してください。',
  'detail.calendar.date_not_exist': '存在しない日付です。',
  'request.invalid_multipart':
    'ファイル付きの送信内容を読み取れませんでした（途中で切れたか、形式が正しくありません）。ファイルを選び直して、もう一度送信してください。',
  'request.uri_too_long': 'アドレス（URL）が長すぎます。リンクが正しいか確認してください。',
  'request.headers_too_large':
    'アドレス（URL）またはリクエストヘッダーが長すぎます。リンクが正しいか確認し、解決しない場合はブラウザのCookieを削除してください。',
  'request.timeout':
    '送信に時間がかかりすぎたため中断しました。通信環境を確認して、もう一度お試しください。',
  'auth.account_locked':
    'このアカウントには複数の場所からログインの失敗が続いたため、安全のためログインを一時的に止めています。ログイン画面の「パスワードを忘れた方」からパスワードを再設定すると、すぐにログインできます（再設定しない場合も1時間ほどで解除されます）。',
  'detail.auth.throttled_network': {
    other:
      'このネットワークからのパスワードの入力の失敗が多いため、一時的に受け付けていません。{count}分後にもう一度お試しください。',
  },
  'detail.auth.throttled_device': {
    other:
      'パスワードの入力に続けて失敗したため、この端末からの入力を一時的に止めています。{count}分後にもう一度お試しください。パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」からパスワードを再設定すると、すぐにログインできます。',
  },
  'validation.common.unstorable_text':
    '使えない文字（NUL文字や壊れた文字コード）が含まれています。貼り付けた文字を入力し直してから送信してください。',
  'issue.wrong_type': '入力の形式が正しくありません。',
  'issue.too_short': '{min}文字以上で入力してください。',
  'issue.too_few': '{min}件以上指定してください。',
  'issue.too_small': '{min}以上の値を入力してください。',
  'issue.too_long': '{max}文字以内で入力してください。',
  'issue.too_many': '{max}件以内にしてください。',
  'issue.file_too_large': 'ファイルが大きすぎます。',
  'issue.too_big': '{max}以下の値を入力してください。',
  'issue.email': 'メールアドレスの形式が正しくありません（例: name@example.jp）。',
  'issue.datetime': '日時の形式が正しくありません。',
  'issue.url': 'URLの形式が正しくありません。',
  'issue.format': '入力の形式が正しくありません。',
  'issue.choose_option': '選択肢の中から選んでください。',
  'issue.unexpected_fields': '想定していない項目が含まれています。',
  'issue.other': '入力内容を確認してください。',
  'decisions.not_deciding': '判断は、提案が庁内検討中または保留中の間に記録できます。',
  'decisions.version_conflict':
    'ほかの方が先に判断を更新しました。最新の内容を読み込んでから、もう一度保存してください。',
  'agreements.not_open': '協定・契約の内容は、採択された提案について締結までの間に記録できます。',
  'agreements.version_conflict':
    'ほかの方が先に協定・契約の内容を更新しました。最新の内容を読み込んでから、もう一度保存してください。',
  'agreements.not_found': '協定・契約の内容がまだ記録されていません。',
  'agreements.stale_version':
    '確認しようとした版より新しい版があります。最新の内容を読んでから確認してください。',
  'agreements.summary_changed':
    '公開用の事業概要が変更されています。最新の文面を読んでから同意してください。',
  'agreements.no_document': '署名済みの協定書・契約書がまだ登録されていません。',
  'kpis.not_open': 'KPI とロジックモデルは、採択から評価までの間に編集できます。',
  'kpis.version_conflict':
    'ほかの方が先に KPI を更新しました。最新の内容を読み込んでから、もう一度保存してください。',
  'kpis.not_found': 'KPI が見つかりません。',
  'kpis.report_not_found': 'KPI の報告が見つかりません。',
  'kpis.report_exists':
    'この期間の実績はすでに報告されています。市から質問があれば、その回答で修正できます。',
  'kpis.not_reporting': '実績は、協定・契約の締結後、事業の実施中と評価中に報告できます。',
  'kpis.report_state': 'この報告は、いまの状態ではその操作ができません。',
  'evaluations.not_open': '評価は、提案が評価の段階（STEP 6）にある間に記録できます。',
  'evaluations.version_conflict':
    'ほかの方が先に評価を更新しました。最新の内容を読み込んでから、もう一度保存してください。',
  'evaluations.not_found': '評価がまだ記録されていません。',
  'proposals.not_on_theme': 'この提案はテーマへの提案ではありません。',
  'proposals.not_resubmittable': '再提案できるのは、不採択となった提案だけです。',
  'detail.decisions.record_first':
    '先に判断を記録し、記録と同じ結論（保留なら同じ再開日、不採択なら同じ理由）で操作してください。',
  'detail.decisions.hold_in_past': '再開する日は明日以降の日付にしてください。',
  'detail.decisions.cycle_started':
    'この年度の予算編成はすでに始まっています（{startsOn}）。後の年度を選んでください。',
  'detail.decisions.fiscal_year_too_early':
    '当初予算に計上できるのは{earliest}年度からです。それより前なら補正予算を選んでください。',
  'detail.agreements.ready':
    '締結の前に、協定・契約の内容を記録し、提案者の確認を受け、署名日と署名済みの書類（PDF）を登録してください。',
  'detail.agreements.not_a_session':
    'この月に始まる市議会の定例会はありません。予算カレンダーの設定にある会期の初月を選んでください。',
  'detail.agreements.not_pdf': '署名済みの書類は PDF ファイルを選んでください。',
  'detail.agreements.signed_in_future': '署名日は今日以前の日付にしてください。',
  'detail.kpis.unknown_kpi': 'この提案の KPI ではありません。',
  'detail.kpis.not_a_period':
    '報告する期間の初日を選んでください（KPI の報告期間の区切りに合わせてください）。',
  'detail.kpis.period_not_ended': '期間が終わってから報告してください。',
  'detail.kpis.question_required': '質問の内容を入力してください。',
  'detail.evaluations.recorded':
    '完了の前に評価を記録し、評価で選んだ次のステージと同じものを選んでください。',
  'detail.evaluations.unknown_kpi': 'この提案の KPI ではありません。',
  'validation.common.invalid_month': '年月は YYYY-MM の形式で入力してください。',
  'validation.agreements.method_only_for_contract':
    '契約の方法は、種類が「契約」のときだけ選べます。',
  'validation.agreements.open_call_method':
    '公募型プロポーザルや入札では、「公募に付す」を選んでください。',
  'validation.agreements.ends_before_start': '終了日は開始日以降の日付にしてください。',
} as const;
