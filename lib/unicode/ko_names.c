/* Korean family names in hanja (ko_names.h). */
#include "unicode/ko_names.h"

#include <stddef.h>

#include "unicode/utf8.h"

struct ko_one {
    UChar hanja, hangul;
};

struct ko_two {
    UChar hanja[2], hangul[2];
};

/* Sorted by hanja (code unit order). */
static const struct ko_one one[] = {
    {0x4E01, 0xC815}, /* 丁 정 */
    {0x4E25, 0xC5C4}, /* 严 엄 */
    {0x4EFB, 0xC784}, /* 任 임 */
    {0x4F59, 0xC5EC}, /* 余 여 */
    {0x4FDE, 0xC720}, /* 俞 유 */
    {0x5143, 0xC6D0}, /* 元 원 */
    {0x5168, 0xC804}, /* 全 전 */
    {0x516A, 0xC720}, /* 兪 유 */
    {0x5177, 0xAD6C}, /* 具 구 */
    {0x5218, 0xC720}, /* 刘 유 */
    {0x5289, 0xC720}, /* 劉 유 */
    {0x5343, 0xCC9C}, /* 千 천 */
    {0x5353, 0xD0C1}, /* 卓 탁 */
    {0x5357, 0xB0A8}, /* 南 남 */
    {0x535E, 0xBCC0}, /* 卞 변 */
    {0x5362, 0xB178}, /* 卢 노 */
    {0x5370, 0xC778}, /* 印 인 */
    {0x53F2, 0xC0AC}, /* 史 사 */
    {0x5409, 0xAE38}, /* 吉 길 */
    {0x5415, 0xC5EC}, /* 吕 여 */
    {0x5433, 0xC624}, /* 吳 오 */
    {0x5434, 0xC624}, /* 吴 오 */
    {0x5442, 0xC5EC}, /* 呂 여 */
    {0x54B8, 0xD568}, /* 咸 함 */
    {0x56B4, 0xC5C4}, /* 嚴 엄 */
    {0x592A, 0xD0DC}, /* 太 태 */
    {0x592B, 0xBD80}, /* 夫 부 */
    {0x5947, 0xAE30}, /* 奇 기 */
    {0x5949, 0xBD09}, /* 奉 봉 */
    {0x59DC, 0xAC15}, /* 姜 강 */
    {0x5B54, 0xACF5}, /* 孔 공 */
    {0x5B59, 0xC190}, /* 孙 손 */
    {0x5B5F, 0xB9F9}, /* 孟 맹 */
    {0x5B6B, 0xC190}, /* 孫 손 */
    {0x5B89, 0xC548}, /* 安 안 */
    {0x5B8B, 0xC1A1}, /* 宋 송 */
    {0x5BA3, 0xC120}, /* 宣 선 */
    {0x5C39, 0xC724}, /* 尹 윤 */
    {0x5D14, 0xCD5C}, /* 崔 최 */
    {0x5E86, 0xACBD}, /* 庆 경 */
    {0x5EB7, 0xAC15}, /* 康 강 */
    {0x5EC9, 0xC5FC}, /* 廉 염 */
    {0x5EF6, 0xC5F0}, /* 延 연 */
    {0x5F20, 0xC7A5}, /* 张 장 */
    {0x5F35, 0xC7A5}, /* 張 장 */
    {0x5F90, 0xC11C}, /* 徐 서 */
    {0x613C, 0xC2E0}, /* 愼 신 */
    {0x614E, 0xC2E0}, /* 慎 신 */
    {0x6176, 0xACBD}, /* 慶 경 */
    {0x6210, 0xC131}, /* 成 성 */
    {0x623F, 0xBC29}, /* 房 방 */
    {0x6587, 0xBB38}, /* 文 문 */
    {0x65B9, 0xBC29}, /* 方 방 */
    {0x660E, 0xBA85}, /* 明 명 */
    {0x666F, 0xACBD}, /* 景 경 */
    {0x66F9, 0xC870}, /* 曹 조 */
    {0x66FA, 0xC870}, /* 曺 조 */
    {0x6731, 0xC8FC}, /* 朱 주 */
    {0x6734, 0xBC15}, /* 朴 박 */
    {0x6743, 0xAD8C}, /* 权 권 */
    {0x674E, 0xC774}, /* 李 이 */
    {0x6768, 0xC591}, /* 杨 양 */
    {0x6797, 0xC784}, /* 林 임 */
    {0x67F3, 0xB958}, /* 柳 류 */
    {0x6842, 0xACC4}, /* 桂 계 */
    {0x6881, 0xC591}, /* 梁 양 */
    {0x694A, 0xC591}, /* 楊 양 */
    {0x6B0A, 0xAD8C}, /* 權 권 */
    {0x6BB7, 0xC740}, /* 殷 은 */
    {0x6C60, 0xC9C0}, /* 池 지 */
    {0x6C88, 0xC2EC}, /* 沈 심 */
    {0x6CB3, 0xD558}, /* 河 하 */
    {0x6D2A, 0xD64D}, /* 洪 홍 */
    {0x6F58, 0xBC18}, /* 潘 반 */
    {0x7247, 0xD3B8}, /* 片 편 */
    {0x725F, 0xBAA8}, /* 牟 모 */
    {0x7384, 0xD604}, /* 玄 현 */
    {0x7389, 0xC625}, /* 玉 옥 */
    {0x738B, 0xC655}, /* 王 왕 */
    {0x7434, 0xAE08}, /* 琴 금 */
    {0x7530, 0xC804}, /* 田 전 */
    {0x7533, 0xC2E0}, /* 申 신 */
    {0x767D, 0xBC31}, /* 白 백 */
    {0x76AE, 0xD53C}, /* 皮 피 */
    {0x76E7, 0xB178}, /* 盧 노 */
    {0x7766, 0xBAA9}, /* 睦 목 */
    {0x77F3, 0xC11D}, /* 石 석 */
    {0x79B9, 0xC6B0}, /* 禹 우 */
    {0x79CB, 0xCD94}, /* 秋 추 */
    {0x7F57, 0xB098}, /* 罗 나 */
    {0x7F85, 0xB098}, /* 羅 나 */
    {0x82AE, 0xC608}, /* 芮 예 */
    {0x82CF, 0xC18C}, /* 苏 소 */
    {0x8463, 0xB3D9}, /* 董 동 */
    {0x8521, 0xCC44}, /* 蔡 채 */
    {0x859B, 0xC124}, /* 薛 설 */
    {0x8607, 0xC18C}, /* 蘇 소 */
    {0x8868, 0xD45C}, /* 表 표 */
    {0x88F4, 0xBC30}, /* 裴 배 */
    {0x88F5, 0xBC30}, /* 裵 배 */
    {0x8A31, 0xD5C8}, /* 許 허 */
    {0x8AF8, 0xC81C}, /* 諸 제 */
    {0x8BB8, 0xD5C8}, /* 许 허 */
    {0x8BF8, 0xC81C}, /* 诸 제 */
    {0x8D75, 0xC870}, /* 赵 조 */
    {0x8D99, 0xC870}, /* 趙 조 */
    {0x8ECA, 0xCC28}, /* 車 차 */
    {0x8F66, 0xCC28}, /* 车 차 */
    {0x8F9B, 0xC2E0}, /* 辛 신 */
    {0x8FB9, 0xBCC0}, /* 边 변 */
    {0x908A, 0xBCC0}, /* 邊 변 */
    {0x90A2, 0xD615}, /* 邢 형 */
    {0x90D1, 0xC815}, /* 郑 정 */
    {0x90ED, 0xACFD}, /* 郭 곽 */
    {0x90FD, 0xB3C4}, /* 都 도 */
    {0x912D, 0xC815}, /* 鄭 정 */
    {0x91D1, 0xAE40}, /* 金 김 */
    {0x9594, 0xBBFC}, /* 閔 민 */
    {0x95F5, 0xBBFC}, /* 闵 민 */
    {0x9646, 0xC721}, /* 陆 육 */
    {0x9648, 0xC9C4}, /* 陈 진 */
    {0x9670, 0xC74C}, /* 陰 음 */
    {0x9673, 0xC9C4}, /* 陳 진 */
    {0x9678, 0xC721}, /* 陸 육 */
    {0x97A0, 0xAD6D}, /* 鞠 국 */
    {0x97D3, 0xD55C}, /* 韓 한 */
    {0x97E9, 0xD55C}, /* 韩 한 */
    {0x99AC, 0xB9C8}, /* 馬 마 */
    {0x9A6C, 0xB9C8}, /* 马 마 */
    {0x9AD8, 0xACE0}, /* 高 고 */
    {0x9B4F, 0xC704}, /* 魏 위 */
    {0x9B5A, 0xC5B4}, /* 魚 어 */
    {0x9B6F, 0xB178}, /* 魯 노 */
    {0x9C7C, 0xC5B4}, /* 鱼 어 */
    {0x9C81, 0xB178}, /* 鲁 노 */
    {0x9EC3, 0xD669}, /* 黃 황 */
    {0x9EC4, 0xD669}, /* 黄 황 */
    {0x9F8D, 0xC6A9}, /* 龍 용 */
    {0x9F99, 0xC6A9}, /* 龙 용 */
};
static const struct ko_two two[] = {
    {{0x5357, 0x5BAE}, {0xB0A8, 0xAD81}}, /* 南宮 남궁 */
    {{0x53F8, 0x7A7A}, {0xC0AC, 0xACF5}}, /* 司空 사공 */
    {{0x72EC, 0x5B64}, {0xB3C5, 0xACE0}}, /* 独孤 독고 */
    {{0x7368, 0x5B64}, {0xB3C5, 0xACE0}}, /* 獨孤 독고 */
    {{0x7687, 0x752B}, {0xD669, 0xBCF4}}, /* 皇甫 황보 */
    {{0x897F, 0x9580}, {0xC11C, 0xBB38}}, /* 西門 서문 */
    {{0x897F, 0x95E8}, {0xC11C, 0xBB38}}, /* 西门 서문 */
    {{0x8AF8, 0x845B}, {0xC81C, 0xAC08}}, /* 諸葛 제갈 */
    {{0x8BF8, 0x845B}, {0xC81C, 0xAC08}}, /* 诸葛 제갈 */
    {{0x9BAE, 0x4E8E}, {0xC120, 0xC6B0}}, /* 鮮于 선우 */
    {{0x9C9C, 0x4E8E}, {0xC120, 0xC6B0}}, /* 鲜于 선우 */
};

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

static const struct ko_one *find_one(UChar ch)
{
    size_t lo = 0, hi = COUNT(one);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (one[mid].hanja == ch)
            return &one[mid];
        if (one[mid].hanja < ch)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* (few: a linear search) */
static const struct ko_two *find_two(const UChar *s)
{
    for (size_t i = 0; i < COUNT(two); i++)
        if (two[i].hanja[0] == s[0] && two[i].hanja[1] == s[1])
            return &two[i];
    return NULL;
}

int32_t aka__ko_surname(const UChar *s, int32_t n, UChar out[2])
{
    if (!s || n < 1)
        return 0;
    const struct ko_two *t = n >= 2 ? find_two(s) : NULL;
    if (t) {
        out[0] = t->hangul[0];
        out[1] = t->hangul[1];
        return 2;
    }
    const struct ko_one *o = find_one(s[0]);
    if (!o)
        return 0;
    out[0] = o->hangul;
    return 1;
}

/* Hangul syllable h as it opens a word in the South: an initial ㄹ before
 * i or y is dropped, before another vowel it is ㄴ; an initial ㄴ before i
 * or y is dropped (리 이, 룡 용, 로 노, 녀 여). */
static UChar word_initial(UChar h)
{
    enum { L_N = 2, L_R = 5, L_ZERO = 11, SYL = 0xAC00, PER_L = 588, PER_V = 28 };
    /* the medials ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ */
    static const unsigned char iy[] = {2, 6, 7, 12, 17, 20};
    unsigned s = (unsigned)h - SYL, l = s / PER_L, v = s % PER_L / PER_V;
    if (l != L_R && l != L_N)
        return h;
    int before_iy = 0;
    for (size_t k = 0; k < sizeof iy; k++)
        before_iy |= v == iy[k];
    unsigned to = before_iy ? L_ZERO : l == L_R ? L_N : l;
    return (UChar)(SYL + to * PER_L + s % PER_L);
}

size_t aka__korean_name(const char *s, size_t n, char out[AKA__KO_NAME_MAX])
{
    enum { MAX_HAN = 5 };
    UChar han[MAX_HAN];
    int32_t nh = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = aka__utf8_next(s, n, &i);
        if (cp == ' ' || cp == 0xB7 || cp == 0x30FB)
            continue;
        if (cp < AKA__KO_LO || cp >= AKA__KO_HI || nh == MAX_HAN)
            return 0;
        han[nh++] = (UChar)cp;
    }
    UChar hangul[MAX_HAN];
    int32_t fam = nh >= 2 ? aka__ko_surname(han, nh, hangul) : 0;
    if (fam == 0 || fam == nh)
        return 0;
    for (int32_t k = fam; k < nh; k++) {
        UChar h = (UChar)aka__ko_reading[han[k] - AKA__KO_LO];
        if (!h)
            return 0;
        hangul[k] = k == fam ? word_initial(h) : h;
    }
    size_t len = 0;
    for (int32_t k = 0; k < nh; k++)
        len += aka__utf8_put(hangul[k], out + len);
    return len;
}

int aka__ko_tables_sorted(void)
{
    for (size_t i = 1; i < COUNT(one); i++)
        if (one[i - 1].hanja >= one[i].hanja)
            return 0;
    for (size_t i = 1; i < COUNT(two); i++)
        if (two[i - 1].hanja[0] > two[i].hanja[0] ||
            (two[i - 1].hanja[0] == two[i].hanja[0] &&
             two[i - 1].hanja[1] >= two[i].hanja[1]))
            return 0;
    return 1;
}
