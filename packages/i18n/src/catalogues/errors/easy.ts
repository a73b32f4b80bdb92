import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'request.invalid_body': '書いた ないように まちがいが あります。それぞれの 項目を 見てください。',
  'request.invalid_query': 'さがす じょうけんに まちがいが あります。',
  'request.invalid_params': 'ページの アドレスに まちがいが あります。',
  'request.invalid_headers': 'おくった データに まちがいが あります。',
  'request.malformed': 'おくった データを よめませんでした。',
  'request.body_too_large': 'おくった データが 大きすぎます。',
  'request.unsupported_media_type': 'この かたちの データは うけつけて いません。',
  'request.not_found': 'さがしている ページや データが ありません。',
  'request.rate_limited': 'いま こんでいます。すこし まってから もう一度 してください。',
  'auth.unauthenticated': 'ログインしてください。',
  'auth.invalid_credentials': 'メールアドレスか パスワードが ちがいます。',
  'auth.too_many_attempts':
    'ログインの しっぱいが つづいたので、今は ログインできません。しばらく まってから もう一度 してください。パスワードを わすれた ときは、ログイン画面から つくりなおしてください。',
  'auth.email_not_verified':
    'メールアドレスの たしかめが まだです。とどいた メールの リンクを ひらいてください。',
  'auth.account_disabled': 'この アカウントは 今 つかえません。まどぐちに れんらくしてください。',
  'auth.forbidden': 'あなたは この そうさを できません。',
  'auth.cross_site_request': 'ほかの サイトからの そうさは うけつけません。',
  'auth.email_taken':
    'この メールアドレスは もう とうろく されています。ログインするか、パスワードを つくりなおしてください。',
  'auth.token_invalid':
    'この リンクは つかえません（きげんが すぎたかも しれません）。もう一度 してください。',
  'auth.weak_password': 'この パスワードは つかえません。',
  'auth.wrong_password': '今の パスワードが ちがいます。',
  'users.not_found': 'その 人が 見つかりません。',
  'users.department_required': '部署の 職員には 部署が ひつようです。',
  'organizations.not_found': 'その 会社・だんたいが 見つかりません。',
  'organizations.already_member': 'この 人は もう メンバーです。',
  'organizations.invitation_invalid':
    'この しょうたいの リンクは つかえません。しょうたいした 人に もう一度 おくって もらってください。',
  'departments.not_found': 'その 部署が 見つかりません。',
  'departments.has_open_proposals':
    'この 部署には まだ おわっていない ていあんが あります。さきに ほかの 課へ ひきついでください。',
  'detail.departments.open_proposals':
    'この 部署には まだ おわっていない ていあんが {count}けん あります。さきに ほかの 課へ ひきついでください。',
  'departments.has_open_themes':
    'この 部署には まだ つかっている テーマが あります。さきに ていあんと いっしょに ほかの 課へ ひきついでください。',
  'detail.departments.open_themes':
    'この 部署には まだ つかっている テーマが {count}けん あります（{titles}）。さきに ていあんと いっしょに ほかの 課へ ひきついでください。',
  'departments.has_children':
    'この 部署の 下に まだ つかっている 部署が あります。さきに うつすか はいしを してください。',
  'departments.retired': 'この 部署は もう ありません（はいし）。',
  'departments.invalid_parent':
    'うつす さきが ちがいます。課は 部の 下、部は 局の 下に おいてください。',
  'departments.code_taken': 'この 部署コードは もう つかわれています。',
  'departments.invalid_handover': 'ひきつぐ さきには、ほかの つかっている 課を えらんでください。',
  'proposals.not_found': 'その ていあんが 見つかりません。',
  'proposals.incomplete': 'まだ 書いていない ところが あります。しめされた 項目を 見てください。',
  'proposals.already_assigned': 'この ていあんは もう ほかの 人が たんとうしています。',
  'proposals.closed': 'この ていあんは もう おわっています。',
  'proposals.not_editable': '出した ていあんは なおせません。',
  'themes.not_found': 'その テーマが 見つかりません。',
  'themes.closed':
    'この テーマは 今 ていあんを うけつけて いません。自由な ていあんとして 出すことが できます。',
  'themes.closed_for_submission':
    'この テーマの ぼしゅうは おわりました。この テーマの ていあんは もう 出せません。じゆうな ていあん として 出す ことは できます。',
  'detail.themes.closed_on':
    'テーマ「{title}」の ぼしゅうは {closesOn}に おわりました。この テーマの ていあんは もう 出せません。じゆうな ていあん として 出す ことは できます。',
  'themes.wrong_status':
    'この テーマは 今 この そうさが できません。がめんを 読みこみ なおして ください。',
  'themes.question_not_found': 'しつもんが 見つかりません。',
  'themes.already_answered': 'この しつもんには もう こたえて います。',
  'validation.themes.closes_before_opening':
    'おわりの 日は はじまりの 日と 同じか あとの 日に して ください。',
  'validation.themes.resource_twice': '同じ しゅるいの ものは 1回だけ えらんで ください。',
  'attachments.not_found': 'その ファイルが 見つかりません。',
  'attachments.too_large': 'ファイルが 大きすぎます。1つ 10MBまでです。',
  'attachments.too_many':
    'ファイルは 1つの ていあんに 10こまでです。いらない ファイルを けしてから 入れてください。',
  'attachments.unsupported_type':
    'この ファイルは 入れられません。PDF、PNG・JPEGの 画像、Word・Excel・PowerPointの ファイルを えらんでください（ファイルの 中みを 見ています）。',
  'attachments.missing_file': 'ファイルを えらんでください。',
  'attachments.confidential':
    'この ファイルは ひみつです。ひみつを まもる やくそく（NDA）の あとで 見ることが できます。',
  'ndas.not_found': 'ひみつを まもる やくそく（NDA）が 見つかりません。',
  'ndas.no_template': 'NDAの ひながたが まだ ありません。管理者に れんらくしてください。',
  'ndas.already_open': 'この ていあんの NDAは もう てつづき中です。',
  'ndas.wrong_stage': 'NDAは、部署が ていあんを うけとった あと（STEP 3）に できます。',
  'ndas.not_signable': '今は この サインが できません。ページを 読みこみなおして ください。',
  'ndas.text_changed':
    'やくそくの 文が かわりました。あたらしい 文を 読んでから サインしてください。',
  'dialogues.not_found': 'はなしあいの きろくが 見つかりません。',
  'dialogues.not_in_dialogue': 'はなしあいの きろくは、はなしあいの あいだ（STEP 3）に 書けます。',
  'dialogues.round_1_first': 'さきに はなしあい①の きろくを 書いてください。',
  'dialogues.confirmed': 'たしかめた きろくは かえられません。コメントで つけくわえてください。',
  'dialogues.round_recorded':
    'この はなしあいの きろくは もう あります。なおす ときは、その きろくを なおしてください。',
  'notes.invalid_mention': 'この ていあんを 見られない 人には メンションできません。',
  'request.idempotency_mismatch':
    'おなじ そうさで ちがう ないようが おくられました。ページを 読みこみなおして もう一度 してください。',
  'workflow.invalid_routing': 'えらんだ 部署に まちがいが あります。',
  'workflow.action_not_allowed':
    '今の じょうたいでは この そうさは できません。ページを 読みこみなおして ください。',
  'workflow.forbidden': 'あなたは この そうさを できません。',
  'workflow.version_conflict':
    'ほかの 人が さきに この ていあんを かえました。ページを 読みこみなおして、もう一度 してください。',
  'workflow.precondition_failed': 'この そうさの 前に ひつような てつづきが おわって いません。',
  'dev.mailbox_disabled': '開発用の メールボックスは つかえません。',
  'internal.error':
    'システムに もんだいが あります。しばらく してから もう一度 してください。なおらない ときは まどぐちに れんらくしてください。',
  'service.unavailable': '今 サービスが つかえません。すこし まってから もう一度 してください。',
  'service.busy': '今 とても こんでいます。すこし まってから もう一度 してください。',
  'validation.common.invalid_id': 'IDの かたちが ちがいます。',
  'validation.common.invalid_date': '日にちは 2026-04-01 の ように 書いてください。',
  'validation.common.required': 'かならず 書いてください。',
  'validation.auth.password_too_short': 'パスワードは 10文字 いじょうに してください。',
  'validation.auth.password_too_long': 'パスワードは 200文字 いかに してください。',
  'validation.auth.password_too_common':
    'よく つかわれる パスワードで、ほかの 人に わかりやすいです。ちがう パスワードに してください。',
  'validation.auth.password_contains_email':
    'メールアドレスが 入らない パスワードに してください。',
  'validation.auth.passwords_do_not_match': '2つの パスワードが おなじでは ありません。',
  'validation.organizations.corporate_number_format': '法人番号は 13けたの 数字で 書いてください。',
  'validation.organizations.corporate_number_check_digit':
    '法人番号が ただしく ありません。番号を もう一度 見てください。',
  'validation.proposals.invalid_year_month': '年と 月は 2027-04 の ように 書いてください。',
  'validation.proposals.estimate_required':
    '市の あたらしい お金が ひつような ときは、だいたいの 金額を 書いてください。',
  'validation.ndas.consent_required':
    'ないように さんせい する ときは、チェックを 入れてください。',
  'validation.calendar.cutoff_day_not_in_month':
    'その 月に ない 日です。まいとし ある 日（2月は 28日まで）を えらんでください。',
  'validation.calendar.council_month_repeated':
    'おなじ 月が 2つの 定例会に 入っています。かさならない ように してください。',
  'validation.workflow.reason_required': 'りゆうを 書いてください。',
  'validation.workflow.reason_codes_required':
    'りゆうの しゅるいを 1つ いじょう えらんでください。',
  'validation.required_field': '「{field}」を かならず 書いてください。',
  'validation.select_required': '「{field}」を えらんでください（かならず ひつよう）。',
  'validation.date_required': '「{field}」の 日にちを 書いてください（かならず ひつよう）。',
  'validation.auth.password_contains_site_name':
    'この サイトや 市の 名前（「{word}」）が 入った パスワードは わかりやすいので つかえません。ちがう パスワードに してください。',
  'validation.auth.password_too_repetitive':
    'おなじ 文字が 多すぎて、わかりやすい パスワードです。ちがう パスワードに してください。',
  'detail.workflow.lead_also_supporting':
    'おもに たんとうする 部署を、てつだう 部署にも えらぶ ことは できません。',
  'detail.workflow.desk_cannot_be_assigned':
    '市の まどぐちを たんとうの 部署に する ことは できません。',
  'detail.workflow.resume_date_in_past': 'また はじめる 日は、あした いこうの 日に してください。',
  'detail.workflow.override_reason_required':
    'ていあんした 人の たしかめを またずに すすめる りゆうを 書いてください。',
  'detail.themes.closes_before_opening':
    'ぼしゅうの おわりの 日は、はじまりの 日より あとに してください。',
  'detail.request.idempotency_key_format': 'Idempotency-Key の 書きかたが ちがいます。',
  'detail.calendar.date_not_exist': 'ない 日にちです。',
  'request.invalid_multipart':
    'ファイルを おくれませんでした。ファイルを えらびなおして、もう一度 おくってください。',
  'request.uri_too_long': 'ページの アドレスが 長すぎます。リンクが ただしいか 見てください。',
  'request.headers_too_large':
    'ページの アドレスか データが 長すぎます。リンクを 見てください。なおらない ときは ブラウザの Cookie を けしてください。',
  'request.timeout':
    '時間が かかりすぎたので とめました。インターネットを たしかめて、もう一度 してください。',
  'auth.account_locked':
    'この アカウントに ログインの しっぱいが つづいたので、あんぜんの ために ログインを とめています。ログイン画面の「パスワードを わすれた」から パスワードを つくりなおすと、すぐ ログインできます（1時間ぐらいで もとに もどります）。',
  'detail.auth.throttled_network': {
    other:
      'この ネットワークから パスワードの まちがいが 多いので、今は うけつけて いません。{count}分 まってから もう一度 してください。',
  },
  'detail.auth.throttled_device': {
    other:
      'パスワードの まちがいが つづいたので、今は うけつけて いません。{count}分 まってから もう一度 してください。パスワードを わすれた ときは、ログイン画面から つくりなおすと すぐ ログインできます。',
  },
  'validation.common.unstorable_text':
    'つかえない 文字が 入っています。はりつけた 文字を 書きなおしてから おくってください。',
  'issue.wrong_type': '書きかたが ちがいます。',
  'issue.too_short': '{min}文字 いじょう 書いてください。',
  'issue.too_few': '{min}こ いじょう えらんでください。',
  'issue.too_small': '{min} いじょうの 数を 書いてください。',
  'issue.too_long': '{max}文字 いかで 書いてください。',
  'issue.too_many': '{max}こ いかに してください。',
  'issue.file_too_large': 'ファイルが 大きすぎます。',
  'issue.too_big': '{max} いかの 数を 書いてください。',
  'issue.email': 'メールアドレスの 書きかたが ちがいます（れい: name@example.jp）。',
  'issue.datetime': '日にちと 時間の 書きかたが ちがいます。',
  'issue.url': 'URLの 書きかたが ちがいます。',
  'issue.format': '書きかたが ちがいます。',
  'issue.choose_option': 'えらべる ものの 中から えらんでください。',
  'issue.unexpected_fields': 'よけいな 項目が 入っています。',
  'issue.other': '書いた ないようを 見てください。',
  'decisions.not_deciding':
    '市が きめたことは、市の中で かんがえている あいだか、まっている あいだに 書けます。',
  'decisions.version_conflict':
    'ほかの 人が さきに かえました。もう一度 読みこんでから ほぞんしてください。',
  'agreements.not_open':
    'やくそくの 中身は、すすめると きまってから サインするまでの あいだに 書けます。',
  'agreements.version_conflict':
    'ほかの 人が さきに かえました。もう一度 読みこんでから ほぞんしてください。',
  'agreements.not_found': 'やくそくの 中身は まだ ありません。',
  'agreements.stale_version':
    'もっと あたらしい 中身が あります。あたらしい ほうを 読んでから たしかめてください。',
  'agreements.summary_changed':
    'せつめいの 文が かわりました。あたらしい 文を 読んでから OKしてください。',
  'agreements.no_document': 'サインした 書類は まだ ありません。',
  'kpis.not_open':
    'しくみの 図と もくひょうの 数字は、すすめると きまってから ふりかえりまでの あいだに かえられます。',
  'kpis.version_conflict':
    'ほかの 人が さきに かえました。もう一度 読みこんでから ほぞんしてください。',
  'kpis.not_found': 'もくひょうの 数字が 見つかりません。',
  'kpis.report_not_found': 'けっかの ほうこくが 見つかりません。',
  'kpis.report_exists':
    'この きかんの けっかは もう 出しています。市から しつもんが あれば、こたえる ときに なおせます。',
  'kpis.not_reporting': 'けっかは、やくそくに サインしてから 出せます。',
  'kpis.report_state': 'この ほうこくは いま その そうさが できません。',
  'evaluations.not_open': 'ふりかえりは、STEP 6 の あいだに 書けます。',
  'evaluations.version_conflict':
    'ほかの 人が さきに かえました。もう一度 読みこんでから ほぞんしてください。',
  'evaluations.not_found': 'ふりかえりは まだ ありません。',
  'proposals.not_on_theme': 'この ていあんは テーマへの ていあんでは ありません。',
  'proposals.not_resubmittable': 'もう一度 出せるのは、「できない」と なった ていあんだけです。',
  'detail.decisions.record_first':
    'さきに 市が きめたことを 書いてください。そして 書いたことと おなじ そうさを してください。',
  'detail.decisions.hold_in_past': 'もう一度 かんがえる日は あした より あとに してください。',
  'detail.decisions.cycle_started':
    'この 年度の よさんづくりは もう はじまっています（{startsOn}）。もっと あとの 年度を えらんでください。',
  'detail.decisions.fiscal_year_too_early':
    'はじめの よさんに 入れられるのは {earliest}年度からです。もっと まえなら 補正予算を えらんでください。',
  'detail.agreements.ready':
    'サインの まえに、やくそくの 中身を 書いて、会社に たしかめてもらい、サインした日と 書類（PDF）を のせてください。',
  'detail.agreements.not_a_session':
    'この 月に はじまる 市議会は ありません。市議会が はじまる 月を えらんでください。',
  'detail.agreements.not_pdf': 'サインした 書類は PDF を えらんでください。',
  'detail.agreements.signed_in_future': 'サインした日は きょう より まえに してください。',
  'detail.kpis.unknown_kpi': 'この ていあんの もくひょうの 数字では ありません。',
  'detail.kpis.not_a_period': 'ほうこくする きかんの さいしょの 日を えらんでください。',
  'detail.kpis.period_not_ended': 'きかんが おわってから 出してください。',
  'detail.kpis.question_required': 'しつもんを 書いてください。',
  'detail.evaluations.recorded':
    'おわりに する まえに ふりかえりを 書いて、ふりかえりと おなじ つぎの ステージを えらんでください。',
  'detail.evaluations.unknown_kpi': 'この ていあんの もくひょうの 数字では ありません。',
  'validation.common.invalid_month': '年と 月は YYYY-MM の かたちで 書いてください。',
  'validation.agreements.method_only_for_contract':
    'けいやくの やりかたは、しゅるいが「けいやく」の ときだけ えらべます。',
  'validation.agreements.open_call_method':
    'ひろく ぼしゅうする やりかたでは「ぼしゅうする」を えらんでください。',
  'validation.agreements.ends_before_start':
    'おわりの 日は はじまりの 日より あとに してください。',
} satisfies CatalogueOf<typeof ja>;
