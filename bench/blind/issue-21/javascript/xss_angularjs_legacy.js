// class: xss — AngularJS 1.x app: $sce.trustAs*, $sceProvider.enabled(false), angular.element().html()
/* global angular */
angular
  .module('helpdesk', ['ngSanitize'])
  .config(['$sceProvider', function ($sceProvider) {
    // expect: xss
    $sceProvider.enabled(false);
  }])
  .controller('TicketController', ['$scope', '$sce', '$location', '$sanitize', function ($scope, $sce, $location, $sanitize) {
    const search = $location.search();

    // expect: xss
    $scope.signature = $sce.trustAsHtml(search.signature);

    // expect: xss
    $scope.helpUrl = $sce.trustAsResourceUrl(search.helpUrl);

    // safe: xss
    $scope.summary = $sanitize(search.summary);

    $scope.showBanner = function () {
      const banner = angular.element(document.getElementById('banner'));
      // expect: xss
      banner.html('<b>' + search.banner + '</b>');
    };

    $scope.showTitle = function () {
      const title = angular.element(document.getElementById('title'));
      // safe: xss
      title.text(search.title);
    };
  }]);
